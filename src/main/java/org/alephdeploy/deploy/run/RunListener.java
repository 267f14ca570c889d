package org.alephdeploy.deploy.run;

/**
 * Progress of a run, called on the running thread (uploads: from an HTTP thread, often); keep it
 * cheap and hand UI updates to the UI thread.
 */
public interface RunListener {
    RunListener NONE = new RunListener() {
    };

    /** Step {@code index} (0-based) of {@code count} starts; {@code words} says what it does. */
    default void step(int index, int count, String words) {
    }

    /** Upload progress of step {@code index}: bytes sent, total (-1 unknown), average rate. */
    default void upload(int index, long bytesDone, long totalBytes, double bytesPerSecond) {
    }

    /** Something worth telling along the way (a skipped upload, a backup written, a re-post). */
    default void note(String words) {
    }
}
