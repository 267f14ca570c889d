package org.alephdeploy.ui.wizard;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread stalls: every 10 ms a heartbeat is posted with
 * {@code Platform.runLater}, and the longest delay between posting and running is kept. A busy
 * FX thread (work, layout of thousands of rows) shows up as a long delay.
 */
final class FxWatchdog implements AutoCloseable {
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong beats = new AtomicLong();

    FxWatchdog start() {
        beat.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                beats.incrementAndGet();
                longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
            });
        }, 0, 10, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The longest stall seen so far, in milliseconds. */
    double longestMillis() {
        return longestNanos.get() / 1e6;
    }

    long beats() {
        return beats.get();
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }
}
