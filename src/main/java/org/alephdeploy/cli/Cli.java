package org.alephdeploy.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import org.slf4j.LoggerFactory;

/** Builds the command tree and runs it; returns the process exit code. */
public final class Cli {
    private Cli() {
    }

    /** The subcommands of {@code aleph-deploy}; one line each. */
    static List<Object> subcommands() {
        return List.of(
                new MessageCommand(),
                new WalletCommand(),
                new SandboxCommand(),
                new VmCommand(),
                new BenchCommand(),
                new InventoryCommand(),
                new PlanCommand(),
                new ApplyCommand(),
                new RehearseCommand(),
                new JournalCommand());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        for (Object sub : subcommands()) {
            cl.addSubcommand(sub);
        }
        // "--node sandbox": the value is also the name of a subcommand
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof CliFailure f) {
                err.println(f.getMessage());
                return f.exitCode();
            }
            err.println("Unexpected error: " + ex);
            LoggerFactory.getLogger(Cli.class).error("command failed", ex);
            return ExitCodes.FAILED;
        });
        cl.setExecutionStrategy(parsed -> {
            StartWarnings.print(parsed, parsed.commandSpec().commandLine().getErr());
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CliFailure f ? f.exitCode() : ExitCodes.FAILED);
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
