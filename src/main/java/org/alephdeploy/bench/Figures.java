package org.alephdeploy.bench;

import java.time.Duration;

/** What one benchmark measured: {@code operations} completed in {@code elapsed} (warm-up excluded). */
public record Figures(String name, String description, long operations, Duration elapsed) {
    public double opsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : operations * 1e9 / nanos;
    }
}
