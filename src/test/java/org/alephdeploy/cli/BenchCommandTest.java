package org.alephdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.alephdeploy.bench.Benchmark;
import org.alephdeploy.bench.Benchmarks;
import org.alephdeploy.bench.Figures;
import org.alephdeploy.message.Json;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import java.util.Map;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void jsonFiguresForOneBenchmark() {
        int code = run("--json", "bench", "--seconds", "0.05", "--only", "message-parse-hash");

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.parse(out.toString());
        assertThat(report).hasSize(1);
        assertThat(report.get(0).get("name").asText()).isEqualTo("message-parse-hash");
        assertThat(report.get(0).get("operations").asLong()).isPositive();
        assertThat(report.get(0).get("ops_per_second").asDouble()).isPositive();
        assertThat(report.get(0).get("elapsed_seconds").asDouble()).isGreaterThanOrEqualTo(0.05);
    }

    @Test
    void humanLinesShowRateCountAndTime() {
        int code = run("bench", "--seconds", "0.05", "--only", "eth-recover");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).matches("(?s)eth-recover\\s+[\\d,]+\\.\\d ops/s\\s+\\([\\d,]+ ops in \\d+\\.\\d\\d s\\).*");
    }

    @Test
    void unknownNameAndBadSecondsAreUsageErrors() {
        assertThat(run("bench", "--only", "nope")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no benchmark named 'nope'").contains("eth-recover");
        assertThat(run("bench", "--seconds", "-1")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--seconds must be more than 0");
    }

    @Test
    void listPrintsTheShippedNamesOnly() {
        assertThat(run("bench", "--list")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).containsExactly("eth-recover", "eth-sign", "message-parse-hash");
    }

    @Test
    void anotherRegistryRunsWhatIsNamedOrEverything() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        Benchmarks registry = new Benchmarks().register("first", () -> counting("first", first))
                .register("second", () -> counting("second", second));
        CommandLine cl = new CommandLine(new RootCommand()).addSubcommand(new BenchCommand(registry));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("bench", "--only", "second")).isEqualTo(ExitCodes.OK);
        assertThat(first.get()).isZero();
        assertThat(second.get()).isEqualTo(1);
        assertThat(out.toString()).contains("    size_mib                           8");
        assertThat(cl.execute("bench", "--seconds", "0.01")).isEqualTo(ExitCodes.OK);
        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).isEqualTo(2);
    }

    @Test
    void jsonListNamesAndJsonFiguresCarryDetails() {
        Benchmarks registry = new Benchmarks().register("heavy", () -> counting("heavy", new AtomicInteger()));
        CommandLine cl = new CommandLine(new RootCommand()).addSubcommand(new BenchCommand(registry));
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute("--json", "bench", "--list")).isEqualTo(ExitCodes.OK);
        JsonNode list = Json.parse(out.toString());
        assertThat(list.get(0).get("name").asText()).isEqualTo("heavy");
        out.getBuffer().setLength(0);
        assertThat(cl.execute("--json", "bench", "--only", "heavy")).isEqualTo(ExitCodes.OK);
        JsonNode details = Json.parse(out.toString()).get(0).get("details");
        assertThat(details.get("size_mib").asLong()).isEqualTo(8);
        assertThat(details.get("note").asText()).isEqualTo("fixed work");
    }

    private static Benchmark counting(String name, AtomicInteger runs) {
        return new Benchmark() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "counts";
            }

            @Override
            public Figures run(Duration duration) {
                runs.incrementAndGet();
                return new Figures(name, "counts", 1, duration, Map.of("size_mib", 8L, "note", "fixed work"));
            }
        };
    }

    @Test
    void benchmarksAddedToTheRegistryAreRunInOrder() {
        AtomicInteger runs = new AtomicInteger();
        Benchmarks registry = new Benchmarks().register("fake", () -> new Benchmark() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public String description() {
                return "counts";
            }

            @Override
            public Figures run(Duration duration) {
                runs.incrementAndGet();
                return new Figures("fake", "counts", 10, duration);
            }
        });
        CommandLine cl = new CommandLine(new RootCommand()).addSubcommand(new BenchCommand(registry));
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute("--json", "bench", "--seconds", "2")).isEqualTo(ExitCodes.OK);
        assertThat(runs.get()).isEqualTo(1);
        assertThat(Json.parse(out.toString()).get(0).get("ops_per_second").asDouble()).isEqualTo(5.0);
    }
}
