package org.alephdeploy.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.Seed;
import org.alephdeploy.sandbox.rules.BalanceMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.util.Locale;

/** {@code sandbox}: runs the local stand-in node until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a local sandbox node: the Aleph node API and rules on this machine, with its data on disk.",
            "Prints its URL, then runs until Ctrl-C (a clean stop)."},
        footer = ExitCodes.HELP)
public final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: 127.0.0.1, loopback only; "
            + "any other address needs --allow-remote).")
    String host = "127.0.0.1";

    @Option(names = "--allow-remote", description = "Let the sandbox listen on a non-loopback address given by --host: anyone "
            + "who can reach it can then read and change its state.")
    boolean allowRemote;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: 4024; 0 = any free port).")
    int port = 4024;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: the app's sandbox directory).")
    Path data;

    @Option(names = "--seed", paramLabel = "none|demo", description = "Extra content: none (default) or demo programs and volumes.")
    String seed = "none";

    @ArgGroup(exclusive = false)
    Balance balance;

    /** --balance N and/or --credits N, or --free. */
    static final class Balance {
        @Option(names = "--balance", paramLabel = "N", description = "Every address holds N ALEPH (hold payments).")
        BigDecimal amount;

        @Option(names = "--credits", paramLabel = "N", description = "Every address holds N credits (credit payments; spent per second).")
        Long credits;

        @Option(names = "--free", description = "No balance checks at all.")
        boolean free;
    }

    @Option(names = "--faults", paramLabel = "SPEC", description = "Inject HTTP faults (500/502/503, resets, slow or truncated answers).")
    String faults;

    @Option(names = "--strict", description = "Stricter than mainnet: amends must keep the owner, no amend of an amend, version table.")
    boolean strict;

    @Option(names = "--run-programs", description = "Also be a compute node that runs programs at /vm/<hash>/ "
            + "(opt-in: whoever can post messages here could run code on this machine).")
    boolean runPrograms;

    @Option(names = "--retry-attempts", paramLabel = "N", description = "Attempts before a retryable error rejects a message (default: 11).")
    int retryAttempts = 11;

    @Option(names = "--retry-max-delay", paramLabel = "SECONDS", description = "Longest delay between attempts (default: 300).")
    long retryMaxDelay = 300;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Output out = Output.of(spec);
        Seed seedMode = switch (seed.toLowerCase(Locale.ROOT)) {
            case "none" -> Seed.NONE;
            case "demo" -> Seed.DEMO;
            default -> throw new CliFailure(ExitCodes.USAGE, "Unknown --seed '" + seed + "': use none or demo.");
        };
        if (retryAttempts < 1 || retryMaxDelay < 0) {
            throw new CliFailure(ExitCodes.USAGE, "--retry-attempts must be at least 1 and --retry-max-delay zero or more.");
        }
        if (!SandboxNode.isLoopback(host) && !allowRemote) {
            throw new CliFailure(ExitCodes.USAGE, "The sandbox was not started: " + host + " is not a loopback address, and "
                    + "anyone who can reach a sandbox can read and change it. Add --allow-remote if that is what you want.");
        }
        Path dir = data != null ? data : Output.root(spec).dirs().sandbox();
        SandboxOptions.Builder b = SandboxOptions.builder(dir).host(host).port(port).seed(seedMode).faults(faults)
                .strict(strict).retryAttempts(retryAttempts).retryMaxDelay(Duration.ofSeconds(retryMaxDelay));
        if (balance != null && balance.free && (balance.amount != null || balance.credits != null)) {
            throw new CliFailure(ExitCodes.USAGE, "--free keeps no balances: drop --balance and --credits, or drop --free.");
        }
        if (balance != null && balance.free) {
            b.free();
        } else if (balance != null && (balance.amount != null || balance.credits != null)) {
            if (balance.amount != null && balance.amount.signum() < 0 || balance.credits != null && balance.credits < 0) {
                throw new CliFailure(ExitCodes.USAGE, "--balance and --credits cannot be negative.");
            }
            b.balance(BalanceMode.everyone(balance.amount, balance.credits));
        }
        SandboxNode node;
        try {
            node = SandboxNode.start(b.build());
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "Cannot start the sandbox: " + e.getMessage());
        } catch (SandboxNode.DataDirBusyException e) {
            throw new CliFailure(ExitCodes.FAILED, "Cannot start the sandbox: " + e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "Cannot start the sandbox on " + host + ":" + port + ": " + e.getMessage()
                    + ". Is another process using the port or the data directory?");
        }
        node.computeNode().runPrograms(runPrograms);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        if (out.json()) {
            out.json(Json.object().put("url", node.url()).put("port", node.port()).put("data", dir.toString()));
        } else {
            out.line("Sandbox node running at " + node.url() + " (data: " + dir + "). Press Ctrl-C to stop.");
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
