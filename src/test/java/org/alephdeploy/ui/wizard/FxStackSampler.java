package org.alephdeploy.ui.wizard;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * A profiler for the FX thread, switched on with {@code -Dfxperf.profile=true}: every 5 ms the
 * thread's stack is read while it is running (not parked waiting for work), and each method on it
 * counted once, so the histogram tells which calls the busy time was spent in (inclusive), and
 * which frames were on top (self).
 */
final class FxStackSampler implements AutoCloseable {
    static final boolean ENABLED = Boolean.getBoolean("fxperf.profile");

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-sampler");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> inclusive = new ConcurrentHashMap<>();
    private final Map<String, Integer> self = new ConcurrentHashMap<>();
    private final AtomicLong busy = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final List<Object[]> timeline = Collections.synchronizedList(new ArrayList<>());

    FxStackSampler start() {
        if (!ENABLED) {
            return this;
        }
        timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
        if (fx == null) {
            return;
        }
        long at = System.nanoTime();
        StackTraceElement[] stack = fx.getStackTrace();
        total.incrementAndGet();
        timeline.add(new Object[] {at, stack});
        if (stack.length == 0 || idle(stack)) {
            return;
        }
        busy.incrementAndGet();
        self.merge(name(stack[0]), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (StackTraceElement f : stack) {
            String n = name(f);
            if (seen.add(n)) {
                inclusive.merge(n, 1, Integer::sum);
            }
        }
    }

    private static boolean idle(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(4, stack.length); i++) {
            if (stack[i].getMethodName().equals("getNextRunnable") || stack[i].getMethodName().equals("_runLoop")) {
                return true;
            }
        }
        return false;
    }

    private static String name(StackTraceElement f) {
        return f.getClassName() + "." + f.getMethodName();
    }

    /** The histogram, or an empty string when profiling is off. */
    String report(int top) {
        if (!ENABLED) {
            return "";
        }
        return "FX thread busy in " + busy.get() + " of " + total.get() + " samples (5 ms)\n  inclusive:\n"
                + lines(inclusive, top, "org.alephdeploy", "javafx.scene.control", "javafx.scene.Parent",
                        "javafx.scene.Node", "javafx.scene.CssStyleHelper", "javafx.fxml", "javafx.collections",
                        "javafx.scene.layout", "java.text", "java.util.ResourceBundle", "com.sun.javafx.tk",
                        "com.sun.javafx.scene", "javafx.scene.Scene", "javafx.scene.text", "com.sun.javafx.text",
                        "com.sun.prism", "com.sun.javafx.sg")
                + "  self:\n" + lines(self, top);
    }

    /** Where the FX thread was during the longest of {@code stalls} ({posted, ran} nanos): inclusive counts of app and JavaFX frames. */
    String longest(List<long[]> stalls, int top) {
        if (!ENABLED || stalls.isEmpty()) {
            return "";
        }
        long[] worst = stalls.stream().max(Comparator.comparingLong(s -> s[1] - s[0])).orElseThrow();
        Map<String, Integer> counts = new HashMap<>();
        int n = 0;
        synchronized (timeline) {
            for (Object[] sample : timeline) {
                long at = (Long) sample[0];
                if (at < worst[0] || at > worst[1]) {
                    continue;
                }
                n++;
                Set<String> seen = new HashSet<>();
                for (StackTraceElement f : (StackTraceElement[]) sample[1]) {
                    String name = name(f);
                    if (seen.add(name)) {
                        counts.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        return String.format("longest stall %.0f ms, %d samples:%n", (worst[1] - worst[0]) / 1e6, n)
                + lines(counts, top, "org.alephdeploy", "javafx.scene.control", "javafx.scene.Parent", "javafx.scene.Scene", "javafx.scene.text",
                        "com.sun.javafx.text", "javafx.css", "com.sun.javafx.css",
                        "javafx.scene.CssStyleHelper", "java.lang.ClassLoader",
                        "javafx.fxml", "javafx.collections", "javafx.scene.layout", "com.sun.javafx.tk", "javafx.stage",
                        "java.lang.Thread", "java.util.concurrent", "com.sun.prism", "com.sun.glass");
    }

    private static String lines(Map<String, Integer> counts, int top, String... prefixes) {
        return counts.entrySet().stream()
                .filter(e -> prefixes.length == 0 || Arrays.stream(prefixes).anyMatch(p -> e.getKey().startsWith(p)))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .map(e -> "    " + e.getValue() + " " + e.getKey()).collect(Collectors.joining("\n")) + "\n";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
