package org.alephdeploy.ccn;

/**
 * Progress of an upload or download. Called from an HTTP thread, often (every 64 KiB); keep it
 * cheap and hand UI updates to the UI thread.
 */
@FunctionalInterface
public interface UploadListener {
    UploadListener NONE = (done, total, rate) -> { };

    /**
     * @param bytesDone      bytes sent (or received) so far in this attempt
     * @param totalBytes     the size, or -1 when unknown
     * @param bytesPerSecond average rate since the attempt started
     */
    void progress(long bytesDone, long totalBytes, double bytesPerSecond);
}
