package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A cancel button shared between a caller and the calls it started. {@link #cancel()} wakes every
 * wait and aborts every in-flight HTTP call registered on it; cancelled work ends with
 * {@link CancellationException}. Thread-safe; cancelling twice is harmless.
 */
public final class Cancellation {
    /** A handle that is never cancelled, for callers without a cancel button. */
    public static final Cancellation NONE = new Cancellation();

    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final List<Runnable> actions = new ArrayList<>();

    public static Cancellation create() {
        return new Cancellation();
    }

    /** Cancels: runs the registered abort actions once and wakes every waiting thread. */
    public void cancel() {
        if (this == NONE) {
            return;
        }
        List<Runnable> toRun;
        synchronized (actions) {
            if (cancelled.getCount() == 0) {
                return;
            }
            cancelled.countDown();
            toRun = new ArrayList<>(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Throws {@link CancellationException} when cancelled or when the thread was interrupted. */
    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }

    /**
     * Registers an abort action (e.g. {@code call::cancel}); runs it at once when already
     * cancelled. Closing the returned registration removes it.
     */
    public Registration onCancel(Runnable action) {
        synchronized (actions) {
            if (!isCancelled()) {
                actions.add(action);
                return () -> {
                    synchronized (actions) {
                        actions.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /**
     * Waits for {@code duration} unless cancelled or interrupted first; either of those throws
     * {@link CancellationException} (an interrupt keeps the thread's interrupt flag set).
     */
    public void sleep(Duration duration) {
        throwIfCancelled();
        try {
            if (cancelled.await(Math.max(0, duration.toNanos()), TimeUnit.NANOSECONDS)) {
                throw new CancellationException("cancelled");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException ce = new CancellationException("interrupted");
            ce.initCause(e);
            throw ce;
        }
    }

    /** A registered abort action; {@link #close()} unregisters it. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
