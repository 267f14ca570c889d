package org.alephdeploy.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one benchmark measured: {@code operations} completed in {@code elapsed} (warm-up excluded),
 * plus named side figures in report order (e.g. a seeding time next to a listing time); a detail
 * value is a {@link Number} or a {@link String}.
 */
public record Figures(String name, String description, long operations, Duration elapsed, Map<String, Object> details) {
    public Figures {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public Figures(String name, String description, long operations, Duration elapsed) {
        this(name, description, operations, elapsed, Map.of());
    }

    public double opsPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : operations * 1e9 / nanos;
    }
}
