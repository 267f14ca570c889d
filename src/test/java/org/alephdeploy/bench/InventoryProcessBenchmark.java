package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.Json;

/**
 * {@code inventory-process}: the cold inventory as a user runs it, whole process. On the seeded
 * node of {@link InventoryBenchmark} (2,000 PROGRAMs, 5,000 STOREs among 27,000 messages at scale
 * 1) it starts {@code aleph-deploy --json inventory --address A} in a child JVM with a fresh data
 * directory and reports its wall time and peak resident memory, again with {@code -Xmx128m}, then
 * with the packaged app-image ({@link #IMAGE}, when built: its own launcher and options), then
 * the official TypeScript SDK's bare listing of the same messages in the same run
 * ({@code interop/list-messages.mjs}, when {@code node} and {@code interop/node_modules} are
 * present), and the node's own listing speed at page 1 and at page 100 (pages per second). With
 * GNU time, each child's CPU time (user + system) too: on a shared machine the steadier figure.
 * The node runs in this JVM, so before the first timed run it is warmed by one untimed run of each
 * client (ours, then the SDK's when present): every timed run, ours or the SDK's, then meets a
 * node that has already answered both clients' queries ({@code warm_s}, {@code warm_sdk_s}).
 * "Cold" is the client's process, not the node. Peak RSS is given in MiB and in MB (10^6 bytes:
 * the target, {@value #TARGET_MB} MB, is in MB).
 * {@code aleph.bench.scale} scales the seeded counts as for {@code inventory-cold}; {@code aleph.bench.runs}
 * repeats the cold run (the best one is reported); {@code aleph.bench.jar} names the jar to run
 * (default {@code target/aleph-deploy.jar}; the test class path when it is missing). A missing seed
 * above scale 1 is written in bulk ({@link InventoryBenchmark#seedInBulk}; {@code aleph.bench.seed=http|bulk}
 * chooses).
 */
final class InventoryProcessBenchmark implements Benchmark {
    static final String NAME = "inventory-process";
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(30);
    private static final int PAGE_SAMPLES = 10;
    private static final String TIME_FORMAT = "%M %U %S";
    /** What an installed user runs (its own runtime, -Xmx1g, C1 only, the AppCDS archive), when packaging/build.sh built it. */
    static final Path IMAGE = Path.of("target/dist/app-image/aleph-deploy/bin/aleph-deploy");
    /** Issue 15's peak-RSS target for the cold inventory, in MB (10^6 bytes): 286 MiB. */
    static final int TARGET_MB = 300;

    private final InventoryBenchmark seeding;
    private final double scale;
    private final int runs = Integer.getInteger("aleph.bench.runs", 1);

    InventoryProcessBenchmark() {
        this(InventoryBenchmark.scale());
    }

    InventoryProcessBenchmark(double scale) {
        this.scale = scale;
        this.seeding = new InventoryBenchmark(true, scale);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "cold 'aleph-deploy --json inventory' (child JVM, whole process) of " + seeding.description()
                + ", with its peak RSS, -Xmx128m, the packaged app-image (when built), the SDK's bare listing and the node's page-1/page-100 speed";
    }

    @Override
    public Figures run(Duration duration) {
        Path keep = InventoryBenchmark.keptSeed(scale);
        double bulkSeconds = seeding.seedInBulkIfMissing(keep);
        try (SandboxBench node = new SandboxBench(keep)) {
            long seedStart = System.nanoTime();
            seeding.seeded(node);
            double seedSeconds = bulkSeconds + (System.nanoTime() - seedStart) / 1e9;
            String address = SandboxBench.KEY.address();
            String url = node.node.url().toString().replaceAll("/$", "");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("seed_s", round(seedSeconds));
            warmNode(node.dir, url, address, details);
            double best = Double.MAX_VALUE;
            double bestCpu = -1;
            long rssKib = 0;
            int items = 0;
            for (int i = 0; i < runs; i++) {
                Child c = inventory(node.dir, url, address, jvm(null), "run" + i);
                if (c.seconds < best) {
                    best = c.seconds;
                    bestCpu = c.cpuSeconds;
                }
                rssKib = Math.max(rssKib, c.peakRssKib);
                items = c.items;
            }
            details.put("cold_s", round(best));
            details.put("cold_cpu_s", round(bestCpu));
            details.put("peak_rss_mib", rssKib / 1024);
            details.put("peak_rss_mb", megabytes(rssKib));
            details.put("meets_300_mb", megabytes(rssKib) <= TARGET_MB);
            details.put("items", items);
            String smallWords;
            try {
                Child small = inventory(node.dir, url, address, jvm("-Xmx128m"), "xmx128");
                small.putInto(details, "xmx128m");
                smallWords = small.words("");
            } catch (IllegalStateException e) {
                // at ten times the messages the inventory does not fit in 128 MiB: reported, not fatal
                smallWords = "failed: " + e.getMessage().lines().filter(l -> l.contains("Error") || l.contains("Exception"))
                        .findFirst().orElse(e.getMessage().lines().findFirst().orElse(""));
                details.put("xmx128m", smallWords);
            }
            String imageWords = "skipped: no " + IMAGE + " (packaging/build.sh app-image builds it)";
            if (Files.isExecutable(IMAGE)) {
                Child image = inventory(node.dir, url, address, List.of(IMAGE.toAbsolutePath().toString()), "image");
                image.putInto(details, "app_image");
                imageWords = image.words("peak RSS ");
            } else {
                details.put("app_image", imageWords);
            }
            Child sdk = sdkListing(url, address);
            if (sdk != null) {
                details.put("sdk_listing_s", round(sdk.seconds));
                details.put("sdk_listing_cpu_s", round(sdk.cpuSeconds));
                details.put("sdk_listing_rss_mib", sdk.peakRssKib / 1024);
                details.put("ratio_to_sdk", round(best / sdk.seconds));
                if (bestCpu >= 0 && sdk.cpuSeconds > 0) {
                    details.put("cpu_ratio_to_sdk", round(bestCpu / sdk.cpuSeconds));
                }
            } else {
                details.put("sdk_listing", "skipped (needs node and interop/node_modules: cd interop && npm ci)");
            }
            double first = pagesPerSecond(url, 1);
            double hundredth = pagesPerSecond(url, 100);
            details.put("node_pages_per_s_page1", round(first));
            details.put("node_pages_per_s_page100", round(hundredth));
            String words = String.format(Locale.ROOT, "%s (node warmed by one untimed run of each client): cold %.2f s (%.2f s CPU), "
                    + "peak RSS %d MiB = %d MB, %s (%d items); -Xmx128m %s; "
                    + "SDK listing %s; node listing %.1f pages/s at page 1, %.1f at page 100; seeding %.0f s",
                    NAME, best, bestCpu, rssKib / 1024, megabytes(rssKib),
                    megabytes(rssKib) <= TARGET_MB ? "meets <= " + TARGET_MB + " MB" : "over " + TARGET_MB + " MB", items, smallWords,
                    sdk == null ? "skipped" : String.format(Locale.ROOT, "%.2f s, %.2f s CPU, %d MiB (ratio %.2f, CPU ratio %.2f)",
                            sdk.seconds, sdk.cpuSeconds, sdk.peakRssKib / 1024, best / sdk.seconds, bestCpu / sdk.cpuSeconds),
                    first, hundredth, seedSeconds) + "\n  packaged app-image (bin/aleph-deploy): " + imageWords;
            return new Figures(NAME, words, 1, Duration.ofNanos((long) (best * 1e9)), details);
        }
    }

    /**
     * One untimed run of each client against the node, which runs in this JVM: the first query of
     * a kind is slow on a node just started (its JIT, SQLite's page cache), and without this only
     * the first timed run paid for it.
     */
    private static void warmNode(Path dir, String url, String address, Map<String, Object> details) {
        Child ours = inventory(dir, url, address, jvm(null), "warm");
        details.put("warm_s", round(ours.seconds));
        Child sdk = sdkListing(url, address);
        if (sdk != null) {
            details.put("warm_sdk_s", round(sdk.seconds));
        }
    }

    /** KiB to MB (10^6 bytes), rounded to the nearest. */
    static long megabytes(long kib) {
        return Math.round(kib * 1024 / 1e6);
    }

    /** One child process: wall seconds, peak RSS, CPU seconds (user + system; -1 without GNU time), inventory items. */
    private record Child(double seconds, long peakRssKib, double cpuSeconds, int items) {
        /** Its time, CPU and peak memory as {@code prefix_s}, {@code prefix_cpu_s}, {@code prefix_rss_mib} and {@code prefix_rss_mb}. */
        void putInto(Map<String, Object> details, String prefix) {
            details.put(prefix + "_s", round(seconds));
            details.put(prefix + "_cpu_s", round(cpuSeconds));
            details.put(prefix + "_rss_mib", peakRssKib / 1024);
            details.put(prefix + "_rss_mb", megabytes(peakRssKib));
        }

        String words(String memoryLabel) {
            return String.format(Locale.ROOT, "%.2f s (%.2f s CPU), %s%d MiB (%d MB)", seconds, cpuSeconds, memoryLabel,
                    peakRssKib / 1024, megabytes(peakRssKib));
        }
    }

    /** {@code java [heap] -jar aleph-deploy.jar} (the test class path when the jar is missing). */
    private static List<String> jvm(String heap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) {
            command.add(heap);
        }
        Path jar = Path.of(System.getProperty("aleph.bench.jar", "target/aleph-deploy.jar"));
        if (Files.isRegularFile(jar)) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.alephdeploy.app.Launcher"));
        }
        return command;
    }

    /** One cold {@code --json inventory} by {@code launcher} in a child process with a fresh data directory. */
    private static Child inventory(Path dir, String url, String address, List<String> launcher, String label) {
        Path data = dir.resolve("process-" + label + "-" + System.nanoTime());
        Path timeOut = data.resolve("time.txt");
        try {
            Files.createDirectories(data);
            List<String> command = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
            if (gnuTime) {
                command.addAll(List.of("/usr/bin/time", "-f", TIME_FORMAT, "-o", timeOut.toString()));
            }
            command.addAll(launcher);
            command.addAll(List.of("--data-dir", data.resolve("home").toString(), "--node", url, "--json", "inventory",
                    "--address", address));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectError(data.resolve("stderr.txt").toFile()).start();
            p.getOutputStream().close();
            Path out = data.resolve("stdout.json");
            Files.copy(p.getInputStream(), out);
            if (!p.waitFor(CHILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the inventory JVM did not finish in " + CHILD_TIMEOUT);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (p.exitValue() != 0) {
                throw new IllegalStateException(label + ": the inventory process failed (exit " + p.exitValue() + "): "
                        + Files.readString(data.resolve("stderr.txt")));
            }
            long[] rss = {0};
            double cpu = gnuTime ? gnuTime(timeOut, rss) : -1;
            JsonNode json = Json.parse(Files.readString(out, StandardCharsets.UTF_8));
            int items = json.path("programs").size() + json.path("volumes").size();
            return new Child(seconds, rss[0], cpu, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** CPU seconds (user + system) from GNU time's last line ({@link #TIME_FORMAT}); its peak RSS (KiB) into {@code rss[0]}. */
    private static double gnuTime(Path timeOut, long[] rss) throws IOException {
        String[] lines = Files.readString(timeOut).trim().split("\n");
        String[] f = lines[lines.length - 1].trim().split(" ");
        rss[0] = Long.parseLong(f[0]);
        return Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
    }

    /** The SDK's page-by-page listing, whole process (RSS and CPU when GNU time is there), or null when Node or the SDK is missing. */
    private static Child sdkListing(String url, String address) {
        Path interop = Path.of("interop");
        if (!Files.isDirectory(interop.resolve("node_modules"))) {
            return null;
        }
        try {
            Path timeOut = Files.createTempFile("sdk-time", ".txt");
            List<String> command = new ArrayList<>();
            boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
            if (gnuTime) {
                command.addAll(List.of("/usr/bin/time", "-f", TIME_FORMAT, "-o", timeOut.toString()));
            }
            command.addAll(List.of("node", "list-messages.mjs", "--api", url, "--address", address));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(interop.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(CHILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("the SDK listing failed: " + out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] rss = {0};
            double cpu = gnuTime ? gnuTime(timeOut, rss) : -1;
            Files.deleteIfExists(timeOut);
            return new Child(seconds, rss[0], cpu, 0);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Pages of 200 messages (no filter) the node serves per second when asked for {@code page} again and again. */
    private static double pagesPerSecond(String url, int page) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v0/messages.json?pagination=200&page=" + page))
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long start = System.nanoTime();
            for (int i = 0; i < PAGE_SAMPLES; i++) {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("page " + page + " answered " + r.statusCode());
                }
            }
            return PAGE_SAMPLES * 1e9 / (System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
