package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.alephdeploy.bench.BenchSettings;
import org.alephdeploy.bench.Benchmark;
import org.alephdeploy.bench.Benchmarks;
import org.alephdeploy.bench.Figures;
import org.alephdeploy.message.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench [--seconds N] [--only NAME] [--all] [--list] [--bench-data DIR] [--keep]}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast this machine signs, recovers and parses Aleph messages, and how fast the",
            "client and a local sandbox node ingest, list and upload, and how fast the engine loads large inventories and runs a 100 MiB code update.",
            "Each light benchmark warms up for a third of its time, then counts operations.",
            "Heavy benchmarks (node-ingest, node-listing, node-upload-1gib, inventory-cold, inventory-incremental,",
            "update-code-100mib: minutes, and up to 3 GiB of disk",
            "under --bench-data) do a fixed amount of work, ignore --seconds and run only when named with",
            "--only or with --all; --list marks them. node-listing keeps its seeded node under --bench-data",
            "so later runs skip seeding; node-upload-1gib needs a JDK's java launcher and compares with curl",
            "when curl is on PATH."},
        footer = ExitCodes.HELP)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "3",
            description = "Measure each light benchmark for N seconds (decimals allowed; default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only the benchmark NAME (repeatable; see --list).")
    List<String> only;

    @Option(names = "--all", description = "Run every benchmark, the heavy ones included.")
    boolean all;

    @Option(names = "--list", description = "Print the benchmark names (heavy ones marked) and exit.")
    boolean list;

    @Option(names = "--bench-data", paramLabel = "DIR", defaultValue = "target/bench-data",
            description = "Where heavy benchmarks keep generated files and the cached seeded node (default: ${DEFAULT-VALUE}).")
    Path benchData;

    @Option(names = "--keep", description = "Keep the generated 1 GiB upload file for the next run.")
    boolean keep;

    private final Function<BenchSettings, Benchmarks> registry;

    public BenchCommand() {
        this(Benchmarks::standard);
    }

    BenchCommand(Benchmarks benchmarks) {
        this(settings -> benchmarks);
    }

    BenchCommand(Function<BenchSettings, Benchmarks> registry) {
        this.registry = registry;
    }

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        Benchmarks benchmarks = registry.apply(new BenchSettings(benchData, keep));
        if (list) {
            list(out, benchmarks);
            return ExitCodes.OK;
        }
        if (!(seconds > 0) || seconds > 3600) {
            throw new CliFailure(ExitCodes.USAGE, "--seconds must be more than 0 and at most 3600, got " + seconds
                    + ". Give the measuring time of each benchmark, e.g. --seconds 5.");
        }
        if (all && only != null && !only.isEmpty()) {
            throw new CliFailure(ExitCodes.USAGE, "--all and --only cannot be combined. Use --all for every benchmark, or"
                    + " name the ones to run with --only.");
        }
        Duration duration = Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9)));
        List<String> selected = all ? benchmarks.names() : only == null || only.isEmpty() ? benchmarks.defaultNames() : only;
        List<Benchmark> toRun = new ArrayList<>();
        for (String name : selected) {
            toRun.add(benchmarks.create(name).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                    "There is no benchmark named '" + name + "'. Known benchmarks: " + String.join(", ", benchmarks.names())
                            + ".")));
        }
        ArrayNode report = Json.array();
        for (Benchmark b : toRun) {
            Figures f = b.run(duration);
            ObjectNode entry = report.addObject()
                    .put("name", f.name())
                    .put("description", f.description())
                    .put("operations", f.operations())
                    .put("elapsed_seconds", f.elapsed().toNanos() / 1e9)
                    .put("ops_per_second", Math.round(f.opsPerSecond() * 10) / 10.0);
            if (!f.details().isEmpty()) {
                ObjectNode details = entry.putObject("details");
                f.details().forEach((k, v) -> details.set(k, detail(v)));
            }
            if (!out.json()) {
                out.line(String.format(Locale.ROOT, "%-20s %,12.1f ops/s  (%,d ops in %.2f s)  %s", f.name(), f.opsPerSecond(),
                        f.operations(), f.elapsed().toNanos() / 1e9, f.description()));
                for (Map.Entry<String, Object> d : f.details().entrySet()) {
                    out.line(String.format(Locale.ROOT, "    %-34s %s", d.getKey(), d.getValue()));
                }
            }
        }
        if (out.json()) {
            out.json(report);
        }
        return ExitCodes.OK;
    }

    private static JsonNode detail(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return Json.NODES.numberNode(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Json.NODES.numberNode(n.doubleValue());
        }
        return Json.NODES.textNode(String.valueOf(v));
    }

    private static void list(Output out, Benchmarks benchmarks) {
        if (out.json()) {
            ArrayNode names = Json.array();
            for (String name : benchmarks.names()) {
                names.addObject().put("name", name).put("heavy", benchmarks.isHeavy(name));
            }
            out.json(names);
            return;
        }
        for (String name : benchmarks.names()) {
            out.line(benchmarks.isHeavy(name) ? name + "  (heavy: runs only with --only " + name + " or --all)" : name);
        }
    }
}
