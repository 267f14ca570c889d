package org.alephdeploy.cli;

import org.alephdeploy.ccn.Cancellation;

/**
 * While open, Ctrl-C (or a polite kill) cancels the run instead of killing it mid-record: the
 * runner stops between steps or aborts the upload or wait, journals where it stopped, and the
 * process then exits (code 5, resumable).
 */
final class CtrlC implements AutoCloseable {
    private static final long GRACE_MILLIS = 10_000;

    private final Thread hook;
    private final Object finished = new Object();
    private boolean done;

    private CtrlC(Cancellation cancel) {
        this.hook = new Thread(() -> {
            cancel.cancel();
            synchronized (finished) {
                long until = System.currentTimeMillis() + GRACE_MILLIS;
                while (!done && System.currentTimeMillis() < until) {
                    try {
                        finished.wait(Math.max(1, until - System.currentTimeMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }, "aleph-deploy-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static CtrlC cancels(Cancellation cancel) {
        return new CtrlC(cancel);
    }

    @Override
    public void close() {
        synchronized (finished) {
            done = true;
            finished.notifyAll();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it has been told we are done
        }
    }
}
