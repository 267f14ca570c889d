package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alephdeploy.bench.Benchmark;
import org.alephdeploy.bench.Benchmarks;
import org.alephdeploy.bench.Figures;
import org.alephdeploy.message.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench [--seconds N] [--only NAME] [--list]}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how fast this machine signs, recovers and parses Aleph messages, and (on an in-process sandbox node)"
                + " loads large inventories and runs a 100 MiB code update.",
            "Each benchmark warms up for a third of its time, then counts operations."},
        footer = ExitCodes.HELP)
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "3",
            description = "Measure each benchmark for N seconds (decimals allowed; default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--only", paramLabel = "NAME", description = "Run only the benchmark NAME (see --list).")
    List<String> only;

    @Option(names = "--list", description = "Print the benchmark names and exit.")
    boolean list;

    private final Benchmarks benchmarks;

    public BenchCommand() {
        this(Benchmarks.standard());
    }

    BenchCommand(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        if (list) {
            if (out.json()) {
                ArrayNode names = Json.array();
                benchmarks.names().forEach(names::add);
                out.json(names);
            } else {
                benchmarks.names().forEach(out::line);
            }
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
            report.addObject()
                    .put("name", f.name())
                    .put("description", f.description())
                    .put("operations", f.operations())
                    .put("elapsed_seconds", f.elapsed().toNanos() / 1e9)
                    .put("ops_per_second", Math.round(f.opsPerSecond() * 10) / 10.0);
            if (!out.json()) {
                out.line(String.format(Locale.ROOT, "%-20s %,12.1f ops/s  (%,d ops in %.2f s)  %s", f.name(), f.opsPerSecond(),
                        f.operations(), f.elapsed().toNanos() / 1e9, f.description()));
            }
        }
        if (out.json()) {
            out.json(report);
        }
        return ExitCodes.OK;
    }
}
