package org.alephdeploy.bench;

import java.nio.file.Path;

/**
 * Where the node benchmarks keep what they generate (seeded node data, the 1 GiB upload file) and
 * whether generated files are kept after the run. The seeded listing node is always kept: it is a
 * cache keyed by a version string (see {@link NodeListingBenchmark}).
 */
public record BenchSettings(Path dataDir, boolean keepFiles) {
    /** {@code target/bench-data} under the working directory. */
    public static final Path DEFAULT_DATA_DIR = Path.of("target", "bench-data");

    public static BenchSettings defaults() {
        return new BenchSettings(DEFAULT_DATA_DIR, false);
    }
}
