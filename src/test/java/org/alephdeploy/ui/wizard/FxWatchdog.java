package org.alephdeploy.ui.wizard;

import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures how long the FX thread stalls: every 10 ms a heartbeat is posted with
 * {@code Platform.runLater}, and the longest delay between posting and running is kept. A busy
 * FX thread (work, layout of thousands of rows) shows up as a long delay; while a beat is late,
 * the FX thread's stack is sampled so the longest stall can say where it was.
 */
final class FxWatchdog implements AutoCloseable {
    private static final long SAMPLE_AFTER_NANOS = 50_000_000L;

    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong beats = new AtomicLong();
    private final AtomicLong lastRun = new AtomicLong(System.nanoTime());
    private final ConcurrentHashMap<String, Integer> stallFrames = new ConcurrentHashMap<>();
    private volatile Thread fxThread;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** FX thread only. */
    private long lastCpu = -1;
    private volatile long longestCpuNanos;
    private volatile long longestEndUptime;
    private final List<long[]> stalls = Collections.synchronizedList(new ArrayList<>());

    FxWatchdog start() {
        Platform.runLater(() -> fxThread = Thread.currentThread());
        beat.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                beats.incrementAndGet();
                lastRun.set(System.nanoTime());
                long ran = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long cpuSpent = lastCpu < 0 ? 0 : cpu - lastCpu;
                lastCpu = cpu;
                if (ran - posted > longestNanos.get()) {
                    longestCpuNanos = cpuSpent;
                    longestEndUptime = ManagementFactory.getRuntimeMXBean().getUptime();
                }
                longestNanos.accumulateAndGet(ran - posted, Math::max);
                if (ran - posted > SAMPLE_AFTER_NANOS) {
                    stalls.add(new long[] {posted, ran});
                }
            });
            Thread fx = fxThread;
            if (fx != null && posted - lastRun.get() > SAMPLE_AFTER_NANOS) {
                StackTraceElement[] stack = fx.getStackTrace();
                String where = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("org.alephdeploy")).findFirst()
                        .map(f -> f.getClassName() + "." + f.getMethodName()).orElse(stack.length == 0 ? "?"
                                : Arrays.stream(stack).limit(3).map(f -> f.getClassName() + "." + f.getMethodName())
                                        .collect(Collectors.joining(" < ")));
                stallFrames.merge(where, 1, Integer::sum);
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Forgets the stalls so far (after a warm-up: the first frames of a new window). */
    void reset() {
        longestNanos.set(0);
        longestCpuNanos = 0;
        stallFrames.clear();
        stalls.clear();
    }

    /** The longest stall seen so far, in milliseconds. */
    double longestMillis() {
        return longestNanos.get() / 1e6;
    }

    /** Where the FX thread was while beats were over 50 ms late: the most sampled places, with counts of 10 ms samples. */
    String stallSample() {
        return stallFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                .map(e -> "    " + e.getValue() + " × " + e.getKey()).collect(Collectors.joining("\n"));
    }

    /**
     * CPU time the FX thread used between the beat before the longest stall and the late beat: what
     * the FX thread itself cost; the rest of the stall is waiting (for a core, a lock, the GC).
     */
    double longestCpuMillis() {
        return longestCpuNanos / 1e6;
    }

    /** When the longest stall ended, in ms of JVM uptime (the clock of {@code -Xlog:gc} lines). */
    long longestEndUptimeMillis() {
        return longestEndUptime;
    }

    /** The stalls over 50 ms so far, each as {posted, ran} in {@link System#nanoTime()}. */
    List<long[]> stalls() {
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }

    /** The stalls over 50 ms so far, in milliseconds, in the order they happened. */
    String stallList() {
        return stalls().stream().map(s -> String.format("%.0f", (s[1] - s[0]) / 1e6)).collect(Collectors.joining(", ", "[", "]"));
    }

    long beats() {
        return beats.get();
    }

    @Override
    public void close() {
        beat.shutdownNow();
    }
}
