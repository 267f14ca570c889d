package org.alephdeploy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.message.Message;
import org.alephdeploy.ui.demo.DemoIntents;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.inventory.InventoryDetails;
import org.alephdeploy.ui.inventory.InventoryRows;
import org.alephdeploy.ui.shell.AccountSummary;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.Network;

/**
 * The FX thread's longest stall while the window takes in a big inventory: 2,000 programs and
 * 5,000 volumes (generated and signed before the clock starts, then mapped to rows by the same
 * code as the app, {@code InventoryRows}) arrive in the main window through a refresh. The window
 * runs in this JVM on the headless Monocle platform (software rendering); an
 * {@code AnimationTimer} asks for a pulse every frame and the longest gap between two pulses is
 * the stall, next to the CPU time the FX thread and the renderer thread spent in it (low when the
 * machine, not this window, was busy). The longest gap between the first frame and the refresh
 * (the window waiting for its data, when the tables warm up) is printed too. While a pulse is more than 50 ms late, the FX thread's stack is sampled and
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
        Inventory inventory = generated();
        startFx();
        AppContext[] context = new AppContext[1];
        PulseGaps gaps = new PulseGaps();
        GcPauses collections = new GcPauses();
        try {
            onFx(() -> {
                context[0] = AppContext.builder().source(source(inventory), DemoIntents::new).build();
                context[0].theme().start();
                context[0].windows().showMain(new Stage());
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
            details.put("gaps_over_100_ms_before_data", gaps.beforeDataSlow);
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

    private static Inventory generated() {
        List<Message> messages = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < VOLUMES; i++) {
            Message store = Signed.store(Signed.KEY0, 1_700_000_000L + i, "file " + i, null, "volume-" + i);
            messages.add(store);
            codes.add(store.itemHash());
        }
        for (int i = 0; i < PROGRAMS; i++) {
            Signed.ProgramSpec spec = new Signed.ProgramSpec();
            spec.time = 1_700_010_000L + i;
            spec.name = String.format("program-%04d", i);
            spec.allowAmend = i % 3 != 0;
            spec.codeRef = codes.get(i % 20);
            spec.codeLatest = i % 2 == 0;
            spec.runtimeRef = codes.get(20);
            spec.volumeRef = codes.get(21 + i % 1000);
            spec.volumeLatest = i % 5 != 0;
            messages.add(Signed.program(Signed.KEY0, spec));
        }
        return Inventory.build(NodeSnapshot.ofProcessed("generated", Signed.A, BigDecimal.valueOf(1_700_100_000L), messages));
    }

    private static InventorySource source(Inventory inventory) {
        return new InventorySource() {
            @Override
            public InventorySnapshot load(Network network) {
                return new InventorySnapshot(new AccountSummary("generated", Signed.A, BigDecimal.TEN, null, false),
                        InventoryRows.programs(inventory, false), InventoryRows.volumes(inventory, false), List.of(),
                        Instant.now());
            }

            @Override
            public ItemDetails details(Network network, String itemHash) {
                return new InventoryDetails(inventory, false).of(itemHash).orElse(null);
            }
        };
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
        private List<String> beforeDataSlow = List.of();
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
                if (last != 0) {
                    long gap = t - last;
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
                    }
                }
                last = t;
                lastCpu = cpu;
                lastRenderCpu = renderCpu;
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
            beforeDataSlow = List.copyOf(slow);
            longest = 0;
            longestCpu = 0;
            mostCpu = 0;
            longestRenderCpu = 0;
            gaps.clear();
            slow.clear();
            late.clear();
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
