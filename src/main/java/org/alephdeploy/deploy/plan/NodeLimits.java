package org.alephdeploy.deploy.plan;

/**
 * The node's upload limits in bytes ({@code GET /api/v0/storage/limits.json}): files up to
 * {@code maxStorageFileBytes} go to the node's storage, bigger ones to IPFS up to
 * {@code maxIpfsFileBytes} (0 when the node has no IPFS).
 */
public record NodeLimits(long maxStorageFileBytes, long maxIpfsFileBytes) {
    /** pyaleph's defaults for authenticated uploads (docs/PROTOCOL.md P-5.5, P-5.6). */
    public static NodeLimits defaults() {
        return new NodeLimits(100L * 1024 * 1024, 1024L * 1024 * 1024);
    }
}
