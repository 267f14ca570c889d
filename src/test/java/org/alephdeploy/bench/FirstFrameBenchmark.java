package org.alephdeploy.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How long the window takes to show its first frame, as a user launches it: the app in a child
 * process on a virtual X display (an {@code Xvfb} of its own when {@code DISPLAY} is unset), with
 * a fresh home (HOME and the XDG directories in a new temporary folder, so it is the first start),
 * timed from the process start to the line the app prints after the first pulse laid out the main
 * window ({@code ALEPH_FIRST_FRAME_MARKER=1}, see {@code app.FirstFrameMarker}). Three runs per
 * way of launching, median: the floor ({@link FirstFrameFloor}, a one-label window on the jar's
 * class path: what any JavaFX window costs here); {@code java -jar target/aleph-deploy.jar}; the same with the AppCDS
 * archive {@code target/aleph-deploy.jsa} when it exists; the packaged app-image
 * {@code target/dist/app-image/aleph-deploy/bin/aleph-deploy} when it was built. Besides the wall
 * time it reports the CPU time the process used until then (user + system, from /proc), which
 * depends less on what else the machine is doing. Linux only.
 */
public final class FirstFrameBenchmark implements Benchmark {
    public static final String NAME = "window-first-frame";
    static final String MARKER = "aleph-first-frame";
    private static final int RUNS = 3;
    private static final long TIMEOUT_SECONDS = 120;
    private static final Path JAR = Path.of("target/aleph-deploy.jar");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final Path ARCHIVE = Path.of("target/aleph-deploy.jsa");
    private static final Path IMAGE = Path.of("target/dist/app-image/aleph-deploy/bin/aleph-deploy");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "launch to the main window's first frame under Xvfb, fresh home, median of " + RUNS
                + " runs: floor (a one-label window), jar, jar with the AppCDS archive, packaged app-image";
    }

    @Override
    public Figures run(Duration ignored) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("The first-frame benchmark needs " + JAR + ": run 'mvn -o package -DskipTests' first.");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (Display display = Display.open()) {
            put(details, "floor", measure(display, List.of(java, "-cp", TEST_CLASSES + File.pathSeparator + JAR,
                    FirstFrameFloor.class.getName())));
            List<Sample> jar = measure(display, List.of(java, "-jar", JAR.toString()));
            put(details, "jar", jar);
            if (Files.isRegularFile(ARCHIVE)) {
                put(details, "jar_cds", measure(display, List.of(java, "-XX:SharedArchiveFile=" + ARCHIVE, "-jar", JAR.toString())));
            } else {
                details.put("jar_cds", "skipped: no " + ARCHIVE + " (scripts/cds-archive.sh makes it)");
            }
            if (Files.isExecutable(IMAGE)) {
                put(details, "app_image", measure(display, List.of(IMAGE.toString())));
            } else {
                details.put("app_image", "skipped: no " + IMAGE + " (packaging/build.sh app-image builds it)");
            }
            details.put("load_average", loadAverage());
            return new Figures(NAME, description(), RUNS, Duration.ofMillis(median(jar, true)), details);
        } catch (IOException e) {
            throw new IllegalStateException("The first-frame benchmark failed: " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Object> details, String key, List<Sample> samples) {
        details.put(key + "_first_frame_ms", median(samples, true));
        details.put(key + "_cpu_ms", median(samples, false));
        details.put(key + "_runs_ms", samples.stream().map(s -> s.wallMillis).toList());
    }

    private static long median(List<Sample> samples, boolean wall) {
        long[] v = samples.stream().mapToLong(s -> wall ? s.wallMillis : s.cpuMillis).sorted().toArray();
        return v[v.length / 2];
    }

    private static List<Sample> measure(Display display, List<String> command) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            samples.add(launch(display, command));
        }
        return samples;
    }

    /** One launch with a fresh home: wall and CPU milliseconds until the app printed the marker. */
    static Sample launch(Display display, List<String> command) throws IOException {
        Path home = Files.createTempDirectory("first-frame-home-");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        env.put("DISPLAY", display.name());
        env.put("ALEPH_FIRST_FRAME_MARKER", "1");
        env.remove("JAVA_TOOL_OPTIONS");
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            CompletableFuture<Long> marker = CompletableFuture.supplyAsync(() -> awaitMarker(p));
            long wall = marker.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long cpu = cpuMillis(p.pid());
            if (wall < 0) {
                throw new IOException("the app exited (code " + p.waitFor() + ") without showing its window: " + String.join(" ", command));
            }
            return new Sample((wall - start) / 1_000_000, cpu);
        } catch (TimeoutException e) {
            throw new IOException("no first frame within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command), e);
        } catch (ExecutionException e) {
            throw new IOException("reading the app's output failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            stop(p);
            deleteTree(home);
        }
    }

    /** The nano time when the marker line arrived, or -1 when the output ended first. */
    private static long awaitMarker(Process p) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.startsWith(MARKER)) {
                    return System.nanoTime();
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** User + system CPU time of a running process, from /proc/PID/stat (clock ticks of 10 ms). */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Sample(long wallMillis, long cpuMillis) {
    }

    /** The X display the app opens on: the session's, or an {@code Xvfb} started for the benchmark. */
    static final class Display implements AutoCloseable {
        private final String name;
        private final Process xvfb;

        private Display(String name, Process xvfb) {
            this.name = name;
            this.xvfb = xvfb;
        }

        static Display open() throws IOException {
            String current = System.getenv("DISPLAY");
            if (current != null && !current.isBlank()) {
                return new Display(current, null);
            }
            if (!onPath("Xvfb")) {
                throw new IOException("no DISPLAY and no Xvfb: install xvfb (apt-get install xvfb) or run under a display");
            }
            Process x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII));
                String number = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        return null;
                    }
                }).get(30, TimeUnit.SECONDS);
                if (number == null || number.isBlank()) {
                    throw new IOException("Xvfb did not start (it printed no display number)");
                }
                return new Display(":" + number.trim(), x);
            } catch (IOException | TimeoutException | ExecutionException e) {
                x.destroyForcibly();
                throw new IOException("Xvfb did not start: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                x.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        String name() {
            return name;
        }

        private static boolean onPath(String tool) {
            return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
                try {
                    xvfb.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
