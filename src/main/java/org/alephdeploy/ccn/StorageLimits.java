package org.alephdeploy.ccn;

/** The node's upload limits in bytes ({@code GET /api/v0/storage/limits.json}); null when not reported. */
public record StorageLimits(Long storageMaxFileSize, Long storageMaxUnauthenticatedSize, Long ipfsMaxUploadSize,
                            Long ipfsMaxCarSize, Long ipfsMaxUnauthenticatedSize) {
}
