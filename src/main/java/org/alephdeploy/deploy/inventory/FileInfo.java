package org.alephdeploy.deploy.inventory;

import java.util.Objects;

/**
 * What the node says about a file (by file hash): its size when known, and whether the node still
 * holds its bytes (a live pin, another user's pin or the grace period after a FORGET).
 */
public record FileInfo(String fileHash, Long size, boolean onNode) {
    public FileInfo {
        Objects.requireNonNull(fileHash, "fileHash");
    }
}
