package org.alephdeploy.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code inventory-tenfold} (issue 15: "ten times that address: time at most 11x the small case,
 * memory at most 3x"): {@link InventoryProcessBenchmark} at scale 10 (20,000 PROGRAMs, 50,000
 * STOREs among 270,000 messages; seeded in bulk by {@link InventoryBenchmark#seedInBulk} when no
 * earlier run kept it) and then at scale 1, back to back, and the ratios of the two: wall time, CPU
 * time and peak resident memory of the cold {@code --json inventory}, with and without {@code -Xmx128m}.
 */
final class InventoryTenfoldBenchmark implements Benchmark {
    static final String NAME = "inventory-tenfold";
    private static final double LARGE = 10;
    /** Issue 15: ten times the messages may take at most three times the memory. */
    private static final double MEMORY_RATIO = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "inventory-process at scale 10 then at scale 1, and the ratios (issue 15's 10x case)";
    }

    @Override
    public Figures run(Duration duration) {
        Figures large = new InventoryProcessBenchmark(LARGE).run(duration);
        Figures small = new InventoryProcessBenchmark(1).run(duration);
        Map<String, Object> details = new LinkedHashMap<>();
        large.details().forEach((k, v) -> details.put("x10_" + k, v));
        small.details().forEach((k, v) -> details.put("x1_" + k, v));
        StringBuilder words = new StringBuilder("scale 10: ").append(large.description()).append("\nscale 1: ")
                .append(small.description()).append("\nratios 10x / 1x:");
        for (String key : new String[] {"cold_s", "cold_cpu_s", "peak_rss_mib", "xmx128m_s", "xmx128m_cpu_s", "xmx128m_rss_mib",
            "app_image_s", "app_image_cpu_s", "app_image_rss_mib", "sdk_listing_s"}) {
            Object a = large.details().get(key);
            Object b = small.details().get(key);
            if (a instanceof Number x && b instanceof Number y && y.doubleValue() > 0) {
                double ratio = x.doubleValue() / y.doubleValue();
                details.put("ratio_" + key, Math.round(ratio * 100) / 100.0);
                words.append(String.format(Locale.ROOT, " %s %.2f", key, ratio));
            }
        }
        if (details.get("ratio_peak_rss_mib") instanceof Double rss) {
            details.put("meets_memory_3x", rss <= MEMORY_RATIO);
            words.append(rss <= MEMORY_RATIO ? "; peak RSS meets <= 3x" : "; peak RSS over 3x");
        }
        return new Figures(NAME, words.toString(), 1, large.elapsed(), details);
    }
}
