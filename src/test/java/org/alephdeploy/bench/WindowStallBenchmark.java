package org.alephdeploy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.ui.inventory.GeneratedInventory;

/**
 * The FX thread's longest stall while the window takes in a big inventory: 2,000 programs and
 * 5,000 volumes (generated and signed before the clock starts, then mapped to rows by the same
 * code as the app, {@code InventoryRows}) arrive in the main window through a refresh. The window
 * runs in this JVM on the headless Monocle platform (software rendering); an
 * {@code AnimationTimer} asks for a pulse every frame and the longest gap between two pulses is
 * the stall, next to the CPU time the FX thread and the renderer thread spent in it (low when the
 * machine, not this window, was busy). The longest gap between the first frame and the refresh
 * (the window waiting for its data, when the tables warm up) is printed too, and the first of those gaps on
 * its own: the first frame's copy to the render graph and its painting, which the first-frame marker does not
 * count. While a pulse is more than 50 ms late, the FX thread's stack is sampled and
 * the figures name the most frequent places, next to the collections the JVM's collector ran while
 * the rows arrived (the collector is this JVM's: {@code BENCH_JAVA_OPTS="-Xmx1g -XX:+UseSerialGC"}
 * measures the app-image's heap limit with the serial collector).
 */
public final class WindowStallBenchmark implements Benchmark {
    public static final String NAME = "window-inventory-stall";
    static final int PROGRAMS = 2000;
    static final int VOLUMES = 5000;
    private static final long LATE_NANOS = 50_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "longest gap between FX pulses while the main window loads " + PROGRAMS + " programs and " + VOLUMES
                + " volumes (headless Monocle, software rendering)";
    }

    @Override
    public Figures run(Duration ignored) {
        Inventory inventory = GeneratedInventory.of(PROGRAMS, VOLUMES);
        startFx();
        AppContext[] context = new AppContext[1];
        PulseGaps gaps = new PulseGaps();
        GcPauses collections = new GcPauses();
        try {
            onFx(() -> {
                context[0] = GeneratedInventory.showMain(inventory, new Stage());
                gaps.start();
            });
            waitFor(30, () -> gaps.pulses() > 30);
            int[] builtBeforeData = new int[1];
            onFx(() -> builtBeforeData[0] = rowsWithCells(context[0]));
            gaps.reset();
            collections.reset();
            long start = System.nanoTime();
            onFx(() -> context[0].shell().refresh());
            waitFor(300, () -> context[0].shell().programs().rows().size() == PROGRAMS
                    && context[0].shell().volumes().rows().size() == VOLUMES);
            long loaded = System.nanoTime() - start;
            long settled = gaps.pulses() + 30;
            waitFor(30, () -> gaps.pulses() > settled);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("longest_stall_ms", Math.round(gaps.longestNanos() / 1e5) / 10.0);
            details.put("fx_thread_cpu_in_longest_ms", Math.round(gaps.longestCpuNanos() / 1e5) / 10.0);
            details.put("most_fx_thread_cpu_in_a_gap_ms", Math.round(gaps.mostCpu / 1e5) / 10.0);
            details.put("render_thread_cpu_in_longest_ms", Math.round(gaps.longestRenderCpuNanos() / 1e5) / 10.0);
            details.put("stalls_over_100_ms", gaps.over(100_000_000L));
            details.put("pulses", gaps.pulses());
            details.put("load_ms", loaded / 1_000_000);
            details.put("longest_stall_before_data_ms", Math.round(gaps.beforeData / 1e5) / 10.0);
            details.put("fx_thread_cpu_in_longest_before_data_ms", Math.round(gaps.beforeDataCpu / 1e5) / 10.0);
            details.put("most_fx_thread_cpu_in_a_gap_before_data_ms", Math.round(gaps.beforeDataMostCpu / 1e5) / 10.0);
            details.put("render_thread_cpu_in_longest_before_data_ms", Math.round(gaps.beforeDataRenderCpu / 1e5) / 10.0);
            details.put("fx_thread_waiting_for_a_core_in_longest_before_data_ms", Math.round(gaps.beforeDataWait / 1e5) / 10.0);
            details.put("gaps_over_100_ms_before_data", gaps.beforeDataSlow);
            details.put("first_gap_ms", Math.round(gaps.firstGap[0] / 1e5) / 10.0);
            details.put("fx_thread_cpu_in_first_gap_ms", Math.round(gaps.firstGap[1] / 1e5) / 10.0);
            details.put("render_thread_cpu_in_first_gap_ms", Math.round(gaps.firstGap[2] / 1e5) / 10.0);
            details.put("fx_thread_waiting_for_a_core_in_first_gap_ms", Math.round(gaps.firstGap[3] / 1e5) / 10.0);
            details.put("longest_stall_before_data_after_first_gap_ms", Math.round(gaps.beforeDataAfterFirst[0] / 1e5) / 10.0);
            details.put("fx_thread_cpu_in_longest_before_data_after_first_gap_ms", Math.round(gaps.beforeDataAfterFirst[1] / 1e5) / 10.0);
            details.put("program_rows_with_cells_before_data", builtBeforeData[0]);
            details.put("where_late", gaps.where());
            details.put("gaps_over_100_ms", gaps.slow);
            details.put("collector", collections.collector());
            details.put("collections_while_loading", collections.count());
            details.put("collection_ms_while_loading", collections.totalMillis());
            details.put("longest_collection_ms", collections.longestMillis());
            return new Figures(NAME, description(), PROGRAMS + VOLUMES, Duration.ofNanos(gaps.longestNanos()), details);
        } finally {
            collections.close();
            onFx(() -> {
                gaps.stop();
                if (context[0] != null) {
                    context[0].windows().mainWindow().ifPresent(w -> w.hide());
                    context[0].close();
                }
            });
        }
    }

    /** Rows of the programs table that have built their cells (a warm-up builds them before the data). */
    private static int rowsWithCells(AppContext context) {
        return (int) context.windows().mainWindow().orElseThrow().getScene().getRoot().lookupAll("#programsTable .table-row-cell")
                .stream().filter(row -> !row.lookupAll(".table-cell").isEmpty()).count();
    }

    /** JavaFX on the headless Monocle platform, unless the toolkit runs already. */
    private static void startFx() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
            Platform.setImplicitExit(false);
            up.await(60, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier benchmark in this JVM
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
    }

    private static void onFx(Runnable work) {
        CountDownLatch done = new CountDownLatch(1);
        RuntimeException[] failure = new RuntimeException[1];
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the FX thread did not answer within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void waitFor(int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not get there within " + seconds + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Gaps between pulses (an animation timer asks for one every frame), and where the FX thread was when late. */
    private static final class PulseGaps {
        private final Map<String, Integer> late = new ConcurrentHashMap<>();
        private final List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        private final List<String> slow = Collections.synchronizedList(new ArrayList<>());
        private volatile long last;
        private volatile long longest;
        private volatile long longestCpu;
        private volatile long mostCpu;
        /** The longest gap from the window's first frame to the refresh (the window waiting for its data), and its FX CPU. */
        private long beforeData;
        private long beforeDataCpu;
        private long beforeDataMostCpu;
        private long beforeDataRenderCpu;
        private long beforeDataWait;
        private List<String> beforeDataSlow = List.of();
        /**
         * The gap that starts with the window's first pulse: the FX thread copies the whole scene to the
         * render graph and the renderer paints the first frame, both after the first-frame marker
         * ({@code FirstFrameMarker} prints it once the pulse has laid the scene out). Wall, FX CPU, render
         * CPU, FX thread's time waiting for a core.
         */
        private final long[] firstGap = new long[4];
        /** The longest gap before the data but the first: wall, FX CPU. */
        private final long[] beforeDataAfterFirst = new long[2];
        private volatile long longestWait;
        private long lastWait;
        private long lastCpu;
        private volatile long longestRenderCpu;
        private long lastRenderCpu;
        private long renderThread = -1;
        private volatile long pulses;
        private volatile Thread fx;
        private volatile boolean running;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long renderCpu = renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
                long wait = waitingForACore();
                if (last != 0) {
                    long gap = t - last;
                    if (pulses == 1) {
                        firstGap[0] = gap;
                        firstGap[1] = cpu - lastCpu;
                        firstGap[2] = renderCpu - lastRenderCpu;
                        firstGap[3] = wait - lastWait;
                    } else if (beforeData == 0 && gap > beforeDataAfterFirst[0]) {
                        beforeDataAfterFirst[0] = gap;
                        beforeDataAfterFirst[1] = cpu - lastCpu;
                    }
                    gaps.add(gap);
                    mostCpu = Math.max(mostCpu, cpu - lastCpu);
                    if (gap > 100_000_000L) {
                        slow.add(String.format("%s %.0f ms (FX CPU %.0f ms)", LocalTime.now(), gap / 1e6,
                                (cpu - lastCpu) / 1e6));
                    }
                    if (gap > longest) {
                        longest = gap;
                        longestCpu = cpu - lastCpu;
                        longestRenderCpu = renderCpu - lastRenderCpu;
                        longestWait = wait - lastWait;
                    }
                }
                last = t;
                lastCpu = cpu;
                lastRenderCpu = renderCpu;
                lastWait = wait;
                pulses++;
            }
        };

        void start() {
            fx = Thread.currentThread();
            // the software renderer paints each pulse on a thread of its own (Prism's QuantumRenderer)
            renderThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
            running = true;
            timer.start();
            Thread sampler = new Thread(this::sample, "pulse-gap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() {
            running = false;
            timer.stop();
        }

        void reset() {
            beforeData = longest;
            beforeDataCpu = longestCpu;
            beforeDataMostCpu = mostCpu;
            beforeDataRenderCpu = longestRenderCpu;
            beforeDataWait = longestWait;
            beforeDataSlow = List.copyOf(slow);
            longest = 0;
            longestCpu = 0;
            mostCpu = 0;
            longestRenderCpu = 0;
            gaps.clear();
            slow.clear();
            late.clear();
        }

        /**
         * Nanoseconds the calling thread has spent runnable but waiting for a core, from Linux's
         * {@code /proc/thread-self/schedstat} (its second field); 0 where there is no such file.
         */
        private static long waitingForACore() {
            try {
                String[] fields = Files.readString(Path.of("/proc/thread-self/schedstat")).strip().split(" ");
                return Long.parseLong(fields[1]);
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        long longestRenderCpuNanos() {
            return longestRenderCpu;
        }

        long longestCpuNanos() {
            return longestCpu;
        }

        long pulses() {
            return pulses;
        }

        long longestNanos() {
            return longest;
        }

        long over(long nanos) {
            synchronized (gaps) {
                return gaps.stream().filter(g -> g > nanos).count();
            }
        }

        String where() {
            return late.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                    .map(e -> e.getKey() + " x" + e.getValue()).toList().toString();
        }

        private void sample() {
            while (running) {
                long since = System.nanoTime() - last;
                if (last != 0 && since > LATE_NANOS) {
                    StackTraceElement[] stack = fx.getStackTrace();
                    boolean waiting = stack.length > 0 && (stack[0].getMethodName().equals("wait")
                            || stack[0].getMethodName().equals("park"));
                    String at = (waiting ? "waiting in " : "") + Arrays.stream(stack)
                            .filter(f -> f.getClassName().startsWith(waiting ? "com.sun.javafx" : "org.alephdeploy"))
                            .findFirst().map(f -> f.getClassName() + "." + f.getMethodName())
                            .orElse(stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName());
                    late.merge(at, 1, Integer::sum);
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
