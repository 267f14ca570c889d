package org.alephdeploy.ui.fx;

/** What background work may report while it runs. Callable from any thread. */
public interface ProgressSink {
    void progress(long done, long total);

    void message(String text);

    boolean isCancelled();

    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
