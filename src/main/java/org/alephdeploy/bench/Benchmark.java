package org.alephdeploy.bench;

import java.time.Duration;

/** One named measurement; {@link Benchmarks} holds the ones {@code aleph-deploy bench} runs. */
public interface Benchmark {
    /** Short lowercase name, used by {@code --only}. */
    String name();

    /** What one operation is, for people. */
    String description();

    /** Warms up, then measures for about {@code duration}; blocks the calling thread meanwhile. */
    Figures run(Duration duration);
}
