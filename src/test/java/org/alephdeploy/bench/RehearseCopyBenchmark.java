package org.alephdeploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.deploy.rehearse.HistoryCopy;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;

/**
 * {@code rehearse copy} of the inventory benchmark's address (2,000 PROGRAMs, 5,000 STOREs with
 * their files, among 20,000 messages of others; {@code aleph.bench.scale} scales them) from an
 * in-process sandbox playing the network into a fresh sandbox, over HTTP: the full copy (timed),
 * then a second copy with nothing new (the incremental case). The source is seeded by
 * {@link InventoryBenchmark}'s helper into its own kept directory.
 */
final class RehearseCopyBenchmark implements Benchmark {
    static final String NAME = "rehearse-copy";
    private final double scale = Double.parseDouble(System.getProperty("aleph.bench.scale", "1"));

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
        Path keep = Path.of(System.getProperty("java.io.tmpdir"), "aleph-deploy-bench-rehearse-" + scale);
        try (SandboxBench source = new SandboxBench(keep)) {
            long seedStart = System.nanoTime();
            new InventoryBenchmark(true).seeded(source);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            Path copyDir = Files.createTempDirectory("aleph-deploy-bench-copy-");
            try (SandboxNode copy = SandboxNode.start(SandboxOptions.builder(copyDir.resolve("sandbox")).port(0).build())) {
                HistoryCopy history = new HistoryCopy(source.client, source.node.url(), new SandboxImport(copy.url()),
                        copyDir.resolve("rehearse"));
                SandboxBench.resetPeakHeap();
                long start = System.nanoTime();
                CopySummary full = history.copy(SandboxBench.KEY.address(), 100L * 1024 * 1024, line -> { });
                long fullNanos = System.nanoTime() - start;
                CopySummary again = history.copy(SandboxBench.KEY.address(), 100L * 1024 * 1024, line -> { });
                String words = String.format(Locale.ROOT, "%s: full copy %d messages (%d processed, %d refused), %d files, "
                        + "%d bytes in %.1f s; second copy (nothing new) %d messages in %.1f s; peak heap %d MiB; seeding "
                        + "took %.0f s", description(), full.messages(), full.processed(), full.refused().size(), full.files(),
                        full.bytes(), fullNanos / 1e9, again.messages(), again.millis() / 1e3, SandboxBench.peakHeapMib(),
                        seedSeconds);
                return new Figures(name(), words, 1, Duration.ofNanos(fullNanos));
            } finally {
                try (Stream<Path> walk = Files.walk(copyDir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
