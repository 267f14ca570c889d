package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alephdeploy.bench.Benchmark;
import org.alephdeploy.bench.Benchmarks;
import org.alephdeploy.bench.Figures;
import org.alephdeploy.message.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench [--seconds N] [--only NAME] [--list]}: the light benchmarks that ship with the app. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast this machine signs, recovers and parses Aleph messages.",
            "Each benchmark warms up for a third of its time, then counts operations.",
            "The heavy benchmarks (sandbox nodes, 1 GiB uploads, large inventories) are not part of the app:",
            "run them from a source checkout with scripts/bench.sh (see docs/benchmarks.md)."},
        footer = ExitCodes.HELP)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "3",
            description = "Measure each benchmark for N seconds (decimals allowed; default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only the benchmark NAME (repeatable; see --list).")
    List<String> only;

    @Option(names = "--list", description = "Print the benchmark names and exit.")
    boolean list;

    private final Benchmarks benchmarks;

    public BenchCommand() {
        this(Benchmarks.standard());
    }

    /** A bench command over another registry (the heavy harnesses' runner in the test sources uses it). */
    public BenchCommand(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        if (list) {
            list(out, benchmarks);
            return ExitCodes.OK;
        }
        if (!(seconds > 0) || seconds > 3600) {
            throw new CliFailure(ExitCodes.USAGE, "--seconds must be more than 0 and at most 3600, got " + seconds
                    + ". Give the measuring time of each benchmark, e.g. --seconds 5.");
        }
        Duration duration = Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9)));
        List<String> selected = only == null || only.isEmpty() ? benchmarks.names() : only;
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
                names.addObject().put("name", name);
            }
            out.json(names);
            return;
        }
        for (String name : benchmarks.names()) {
            out.line(name);
        }
    }
}
