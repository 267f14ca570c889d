package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.run.Operation;
import org.alephdeploy.deploy.run.PlanCodec;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.util.function.Function;
import org.alephdeploy.deploy.PublicKeyRefusedException;

/** {@code journal list | show ID | resume ID | abandon ID}. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "The operations this app ran: where each stands, resume an interrupted one, or abandon it.",
        subcommands = {JournalCommand.ListOps.class, JournalCommand.Show.class, JournalCommand.Resume.class,
            JournalCommand.Abandon.class},
        footer = ExitCodes.HELP)
public final class JournalCommand {

    /** Runs {@code body} with the session, mapping the engine's failures to exit codes. */
    static int withSession(CommandSpec spec, Function<EngineSession, Integer> body) {
        try (EngineSession s = EngineSession.open(Output.root(spec))) {
            return body.apply(s);
        } catch (NodeError e) {
            throw EngineSession.failure(e);
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        }
    }

    static void print(Output out, RunOutcome o) {
        if (out.json()) {
            out.json(EngineViews.outcomeJson(o));
        } else {
            EngineViews.outcomeLines(o).forEach(out::line);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every operation, newest first.")
    static final class ListOps implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            return withSession(spec, s -> {
                List<OperationSummary> all = s.engine().journal().list();
                if (out.json()) {
                    ArrayNode a = Json.array();
                    all.forEach(x -> a.add(EngineViews.summaryJson(x)));
                    out.json(a);
                } else if (all.isEmpty()) {
                    out.line("The journal is empty.");
                } else {
                    out.line(String.format("%-28s %-11s %-7s %-10s %s", "ID", "STATUS", "STEPS", "NETWORK", "INTENT"));
                    all.forEach(x -> out.line(EngineViews.summaryLine(x)));
                }
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One operation: status, steps done and remaining, what it put on the node, how to go back.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The operation id (from 'journal list').")
        String id;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            return withSession(spec, s -> {
                RunOutcome o = s.engine().journal().show(id);
                if (out.json()) {
                    Operation op = s.engine().journal().records(id);
                    ObjectNode n = EngineViews.outcomeJson(o);
                    n.put("network", op.network()).put("address", op.address()).put("signer", op.signer());
                    n.set("plan", PlanCodec.encode(op.plan()));
                    op.backups().forEach((h, p) -> n.withObject("backups").put(h, p));
                    out.json(n);
                } else {
                    print(out, o);
                }
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = {"Continue an interrupted or failed operation where it stopped: journaled messages are re-sent as they",
                "are (the node ignores repeats), uploads the node already has are skipped. Needs the same signer and node.",
                "The remaining steps are shown first and the question 'Type yes' asked (on standard error in JSON mode), unless",
                "--yes; with no one to answer (no terminal, empty input) nothing is signed. A STORE or PROGRAM signed now",
                "uses the payment the node requires now (credit from the credit-only date on), whatever the plan said."},
            footer = ExitCodes.HELP)
    static final class Resume implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The operation id.")
        String id;

        @Mixin
        SignerOptions who;

        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            return withSession(spec, s -> {
                RunOutcome before = s.engine().journal().show(id);
                if (before.status() == OperationStatus.RUNNING) {
                    throw new CliFailure(ExitCodes.FAILED, "Operation " + id + " is being run by another window or process "
                            + "right now, so it cannot be resumed here. Wait until it stops, then look at it again with "
                            + "'journal show " + id + "'.");
                }
                if (!before.status().resumable()) {
                    throw new CliFailure(ExitCodes.FAILED, "Operation " + id + " is " + before.status().wire()
                            + "; there is nothing to resume. See it with 'journal show " + id + "'.");
                }
                if (!yes) {
                    showRemaining(out, before);
                    confirm();
                }
                Signer signer = who.unlock(Output.root(spec), "resume");
                Cancellation cancel = Cancellation.create();
                RunOutcome o;
                try (CtrlC ignored = CtrlC.cancels(cancel)) {
                    o = s.engine().journal().resume(id, signer, new ProgressPrinter(spec.commandLine().getErr()), cancel);
                } catch (PublicKeyRefusedException e) {
                    throw new CliFailure(ExitCodes.REFUSED, e.getMessage(), e);
                } finally {
                    signer.lock();
                }
                print(out, o);
                return IntentFlow.exitCode(o);
            });
        }

        /** What resuming will do, before the question: on standard output as text, on standard error in JSON mode. */
        private void showRemaining(Output out, RunOutcome o) {
            if (out.json()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(Json.pretty(EngineViews.outcomeJson(o)));
                err.flush();
            } else {
                EngineViews.outcomeLines(o).forEach(out::line);
            }
        }

        private void confirm() {
            String answer = ConsoleInput.line("Sign and send the remaining steps of operation " + id + "? Type yes to go on: ",
                    spec.commandLine().getErr());
            if (answer == null) {
                throw new CliFailure(ExitCodes.FAILED, "No one answered the question (there is no terminal and no input), so "
                        + "nothing was signed or sent. Run the command in a terminal, or add --yes to resume without the question.");
            }
            if (!answer.strip().equals("yes")) {
                throw new CliFailure(ExitCodes.FAILED, "Not confirmed, so nothing was signed or sent. Run the command again, or "
                        + "add --yes to skip the question.");
            }
        }
    }

    @Command(name = "abandon", mixinStandardHelpOptions = true,
            description = "Give up an operation: no further step runs; nothing already sent is undone (the output says what exists).")
    static final class Abandon implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The operation id.")
        String id;

        @Override
        public Integer call() {
            Output out = Output.of(spec);
            return withSession(spec, s -> {
                print(out, s.engine().journal().abandon(id));
                return ExitCodes.OK;
            });
        }
    }
}
