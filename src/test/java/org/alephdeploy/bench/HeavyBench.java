package org.alephdeploy.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.cli.BenchCommand;
import org.alephdeploy.cli.Cli;
import picocli.CommandLine;

/**
 * The heavy benchmarks (sandbox nodes, GiB files, large inventories), kept out of the shipped jar
 * and run from a source checkout by {@code scripts/bench.sh}. They do a fixed amount of work and
 * ignore {@code --seconds}; without {@code --only} every one of them runs.
 */
public final class HeavyBench {
    static final String USAGE = """
            usage: scripts/bench.sh [--bench-data DIR] [--keep] [--json] [--list] [--only NAME]...
              --bench-data DIR  where generated files and the cached seeded node go (default: target/bench-data)
              --keep            keep the generated 1 GiB upload file and the squashfs images for the next run
              --json            print JSON instead of human text
              --list            print the heavy benchmark names and exit
              --only NAME       run only NAME (repeatable); without it every heavy benchmark runs""";

    private HeavyBench() {
    }

    /** Every heavy benchmark, in run order. */
    public static Benchmarks registry(BenchSettings settings) {
        return new Benchmarks()
                .register("inventory-cold", () -> new InventoryBenchmark(true))
                .register("inventory-incremental", () -> new InventoryBenchmark(false))
                .register(InventoryProcessBenchmark.NAME, InventoryProcessBenchmark::new)
                .register(InventoryTenfoldBenchmark.NAME, InventoryTenfoldBenchmark::new)
                .register("update-code-100mib", UpdateCodeBenchmark::new)
                .register(NodeIngestBenchmark.NAME, () -> NodeIngestBenchmark.standard(settings))
                .register(NodeListingBenchmark.NAME, () -> NodeListingBenchmark.standard(settings))
                .register(NodeUploadBenchmark.NAME, () -> NodeUploadBenchmark.standard(settings))
                .register(SquashfsBenchmark.NAME, () -> SquashfsBenchmark.standard(settings))
                .register(FirstFrameBenchmark.NAME, FirstFrameBenchmark::new)
                .register(WindowStallBenchmark.NAME, WindowStallBenchmark::new)
                .register(RehearseCopyBenchmark.NAME, RehearseCopyBenchmark::new);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Path dataDir = BenchSettings.DEFAULT_DATA_DIR;
        boolean keep = false;
        boolean json = false;
        List<String> benchArgs = new ArrayList<>();
        benchArgs.add("bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bench-data" -> {
                    if (i + 1 == args.length) {
                        System.err.println("--bench-data needs a directory.\n" + USAGE);
                        return 2;
                    }
                    dataDir = Path.of(args[++i]);
                }
                case "--keep" -> keep = true;
                case "--json" -> json = true;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> benchArgs.add(args[i]);
            }
        }
        if (json) {
            benchArgs.add(0, "--json");
        }
        CommandLine cl = Cli.commandLine();
        cl.getCommandSpec().removeSubcommand("bench");
        cl.addSubcommand(new BenchCommand(registry(new BenchSettings(dataDir, keep))));
        return cl.execute(benchArgs.toArray(String[]::new));
    }
}
