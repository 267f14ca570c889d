package org.alephdeploy.ccn;

/** {@code GET /api/v0/storage/metadata/{hash}}: {@code type} is {@code file} or {@code dir}. */
public record FileMetadata(String fileHash, String type, Long size, String downloadUrl) {
}
