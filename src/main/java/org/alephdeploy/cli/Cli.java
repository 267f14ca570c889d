package org.alephdeploy.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import org.slf4j.LoggerFactory;

/** Builds the command tree and runs it; returns the process exit code. */
public final class Cli {
    private Cli() {
    }

    /** The subcommands of {@code aleph-deploy} by name, in help order, each created only when asked for. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommandsByName();

    private static Map<String, Supplier<Object>> subcommandsByName() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("message", MessageCommand::new);
        m.put("wallet", WalletCommand::new);
        m.put("sandbox", SandboxCommand::new);
        m.put("vm", VmCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("inventory", InventoryCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("apply", ApplyCommand::new);
        m.put("rehearse", RehearseCommand::new);
        m.put("journal", JournalCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /** The subcommands of {@code aleph-deploy}, each created. */
    static List<Object> subcommands() {
        return SUBCOMMANDS.values().stream().map(Supplier::get).toList();
    }

    /** The whole command tree. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new RootCommand()), SUBCOMMANDS.keySet());
    }

    /**
     * The command tree {@code args} need: the root with only the subcommand they run when that is
     * certain (building every subcommand's model by reflection is most of a command's start), else
     * the whole tree (the root's help, a mistyped subcommand's suggestions, anything unusual).
     */
    public static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new RootCommand());
        return subcommandOf(root.getCommandSpec(), args)
                .map(name -> configured(root, List.of(name)))
                .orElseGet(() -> configured(root, SUBCOMMANDS.keySet()));
    }

    /**
     * The subcommand {@code args} run: the first argument that is neither a root option nor its
     * value. Empty when a root option is unknown, asks for help or the version, or when that
     * argument is not a subcommand's name.
     */
    static Optional<String> subcommandOf(CommandSpec root, String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) ? Optional.of(arg) : Optional.empty();
            }
            int eq = arg.indexOf('=');
            OptionSpec option = root.findOption(eq < 0 ? arg : arg.substring(0, eq));
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return Optional.empty();
            }
            if (eq < 0 && option.arity().max() > 0) {
                i++;
            }
        }
        return Optional.empty();
    }

    private static CommandLine configured(CommandLine cl, Collection<String> subcommands) {
        for (String name : subcommands) {
            cl.addSubcommand(SUBCOMMANDS.get(name).get());
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
        return commandLine(args).execute(args);
    }
}
