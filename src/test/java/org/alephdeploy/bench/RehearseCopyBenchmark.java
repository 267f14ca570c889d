package org.alephdeploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.RetryPolicy;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.deploy.rehearse.HistoryCopy;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;

/**
 * {@code rehearse copy} of the inventory benchmark's address (2,000 PROGRAMs, 5,000 STOREs with
 * their files, among 20,000 messages of others; {@code aleph.bench.scale} scales them) from an
 * in-process sandbox playing the network into a fresh sandbox, over HTTP: the full copy (timed),
 * then a second copy with nothing new (the incremental case). The source is the inventory
 * benchmark's seed (same seeding code, same scale): its kept directory
 * ({@code aleph-deploy-bench-inventory-<scale>}) when an earlier run left one, else this
 * benchmark's own ({@code aleph-deploy-bench-rehearse-<scale>}, seeded by
 * {@link InventoryBenchmark}'s helper when empty). Either is copied to a fresh temporary directory
 * first, so the run never changes a kept seed (the inventory benchmark keeps using its own).
 */
final class RehearseCopyBenchmark implements Benchmark {
    static final String NAME = "rehearse-copy";
    private static final String SEEDED = "seeded-roots.txt";
    private final double scale = Double.parseDouble(System.getProperty("aleph.bench.scale", "1"));
    /** {@code aleph.bench.filesInFlight}: files transferred at once (unset: the copy's default), to compare. */
    private final Integer filesInFlight = Integer.getInteger("aleph.bench.filesInFlight");
    /** {@code aleph.bench.sourceDelayMs}: every answer of the source is delayed this long, as a remote node's would be. */
    private final long sourceDelayMillis = Long.getLong("aleph.bench.sourceDelayMs", 0);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "rehearse copy of the inventory benchmark's address (scale " + scale + ") into a fresh sandbox over HTTP";
    }

    @Override
    public Figures run(Duration duration) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path inventorySeed = tmp.resolve("aleph-deploy-bench-inventory-" + scale);
        Path keep = tmp.resolve("aleph-deploy-bench-rehearse-" + scale);
        long seedStart = System.nanoTime();
        Path seed = Files.isRegularFile(inventorySeed.resolve(SEEDED)) ? inventorySeed : keep;
        if (seed == keep) {
            try (SandboxBench own = new SandboxBench(keep)) {
                new InventoryBenchmark(true).seeded(own);
            }
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        Path sourceDir = tempDir("aleph-deploy-bench-source-");
        Path copyDir = tempDir("aleph-deploy-bench-copy-");
        try {
            long copyStart = System.nanoTime();
            copySeed(seed, sourceDir);
            double seedCopySeconds = (System.nanoTime() - copyStart) / 1e9;
            SandboxOptions.Builder sourceOptions = SandboxOptions.builder(sourceDir.resolve("node")).port(0).free()
                    .retryAttempts(2).retryMaxDelay(Duration.ZERO).syncWait(Duration.ofSeconds(5));
            if (sourceDelayMillis > 0) {
                sourceOptions.faults("slow=1:" + sourceDelayMillis + "ms");
            }
            try (SandboxNode source = SandboxNode.start(sourceOptions.build());
                    SandboxNode copy = SandboxNode.start(SandboxOptions.builder(copyDir.resolve("sandbox")).port(0).build())) {
                CcnClient client = CcnClient.builder().node(source.url()).readTimeout(Duration.ofMinutes(5))
                        .retryPolicy(RetryPolicy.DEFAULT.withDelays(Duration.ofMillis(10), Duration.ofMillis(200))).build();
                HistoryCopy history = filesInFlight == null
                        ? new HistoryCopy(client, source.url(), new SandboxImport(copy.url()), copyDir.resolve("rehearse"))
                        : new HistoryCopy(client, source.url(), new SandboxImport(copy.url()), copyDir.resolve("rehearse"),
                                filesInFlight);
                SandboxBench.resetPeakHeap();
                long start = System.nanoTime();
                CopySummary full = history.copy(SandboxBench.KEY.address(), 100L * 1024 * 1024, line -> System.err.printf(
                        Locale.ROOT, "rehearse-copy %.1f s: %s%n", (System.nanoTime() - start) / 1e9, line));
                long fullNanos = System.nanoTime() - start;
                CopySummary again = history.copy(SandboxBench.KEY.address(), 100L * 1024 * 1024, line -> { });
                String words = String.format(Locale.ROOT, "%s: full copy %d messages (%d processed, %d refused), %d files, "
                        + "%d bytes in %.1f s; second copy (nothing new) %d messages, %d statuses updated in %.1f s; peak heap "
                        + "%d MiB; load average %.1f; source seed %s (seeding %.0f s, copied in %.1f s); %s files in flight, source "
                        + "answers delayed %d ms", description(),
                        full.messages(), full.processed(), full.refused().size(), full.files(), full.bytes(), fullNanos / 1e9,
                        again.messages(), again.statusesUpdated(), again.millis() / 1e3, SandboxBench.peakHeapMib(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), seed.getFileName(), seedSeconds,
                        seedCopySeconds, filesInFlight == null ? "default" : filesInFlight, sourceDelayMillis);
                return new Figures(name(), words, 1, Duration.ofNanos(fullNanos));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(sourceDir);
            delete(copyDir);
        }
    }

    /** Copies a kept seed's node store (not its lock) and its seeded-roots marker into {@code to}. */
    private static void copySeed(Path seed, Path to) throws IOException {
        Files.copy(seed.resolve(SEEDED), to.resolve(SEEDED));
        Path node = seed.resolve("node");
        try (Stream<Path> walk = Files.walk(node)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve("node").resolve(node.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("sandbox.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
