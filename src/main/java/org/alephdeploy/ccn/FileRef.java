package org.alephdeploy.ccn;

/**
 * A file as the node resolves it by STORE message hash or by ref (P-5.7): {@code ref} is the pin's
 * ref (or the message hash), {@code downloadUrl} a path on the node.
 */
public record FileRef(String ref, String owner, String fileHash, String downloadUrl, Long size) {
}
