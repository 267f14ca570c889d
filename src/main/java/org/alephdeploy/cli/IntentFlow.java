package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.Signer;
import picocli.CommandLine.Model.CommandSpec;

/** plan → show → (apply: confirm → sign and run → verify) for one intent, with the exit codes of {@link ExitCodes}. */
final class IntentFlow {
    private final CommandSpec spec;
    private final SignerOptions who;
    private final boolean apply;
    private final boolean yes;

    IntentFlow(CommandSpec spec, SignerOptions who, boolean apply, boolean yes) {
        this.spec = spec;
        this.who = who;
        this.apply = apply;
        this.yes = yes;
    }

    int run(Supplier<Intent> intentSource) {
        Output out = Output.of(spec);
        if (yes && !apply) {
            throw new CliFailure(ExitCodes.USAGE, "--yes only applies to 'apply'; 'plan' never signs anything.");
        }
        if (apply && who.wallet == null) {
            throw new CliFailure(ExitCodes.USAGE, "apply needs a wallet account to sign with: --wallet NAME (see 'wallet list').");
        }
        RootCommand root = Output.root(spec);
        String acting = who.actingAddress(root);
        String owner = who.owner(acting);
        Intent intent = intentSource.get();
        Signer signer = null;
        try (EngineSession s = EngineSession.open(root)) {
            Engine engine = s.engine();
            PlanResult result = engine.plan(intent, owner, acting, who.watchOnly(root));
            if (result instanceof Refusal r) {
                if (out.json()) {
                    out.json(EngineViews.refusalJson(r));
                } else {
                    EngineViews.refusalLines(r).forEach(out::line);
                }
                return ExitCodes.REFUSED;
            }
            Plan plan = (Plan) result;
            if (!apply) {
                if (out.json()) {
                    out.json(EngineViews.planJson(plan));
                } else {
                    EngineViews.planLines(plan).forEach(out::line);
                }
                return ExitCodes.OK;
            }
            if (!plan.cost().affordable()) {
                Refusal r = Refusal.of(intent, "The funds do not cover this change (" + plan.cost().words()
                        + "). Add ALEPH or credits, then try again.");
                if (out.json()) {
                    out.json(EngineViews.refusalJson(r));
                } else {
                    EngineViews.refusalLines(r).forEach(out::line);
                }
                return ExitCodes.REFUSED;
            }
            if (!out.json()) {
                EngineViews.planLines(plan).forEach(out::line);
            }
            if (!yes) {
                confirm(plan, engine, owner);
            }
            signer = who.unlock(root, "apply");
            RunOutcome outcome = runInterruptibly(engine, plan, owner, signer);
            if (out.json()) {
                ObjectNode o = Json.object();
                o.set("plan", EngineViews.planJson(plan));
                o.set("outcome", EngineViews.outcomeJson(outcome));
                out.json(o);
            } else {
                EngineViews.outcomeLines(outcome).forEach(out::line);
            }
            return exitCode(outcome);
        } catch (NodeError e) {
            throw EngineSession.failure(e);
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        } finally {
            if (signer != null) {
                signer.lock();
            }
        }
    }

    private RunOutcome runInterruptibly(Engine engine, Plan plan, String owner, Signer signer) {
        Cancellation cancel = Cancellation.create();
        try (CtrlC ignored = CtrlC.cancels(cancel)) {
            return engine.apply(plan, owner, signer, new ProgressPrinter(spec.commandLine().getErr()), cancel);
        }
    }

    static int exitCode(RunOutcome o) {
        return switch (o.status()) {
            case DONE, ABANDONED -> ExitCodes.OK;
            case FAILED -> ExitCodes.FAILED;
            case RUNNING, INTERRUPTED -> o.unreachable() ? ExitCodes.UNREACHABLE : ExitCodes.INTERRUPTED;
        };
    }

    /**
     * Asks on the console before signing. A plan that forgets a program needs its name (or hash)
     * typed back; any other plan a "yes".
     */
    private void confirm(Plan plan, Engine engine, String owner) {
        String forgottenProgram = null;
        for (Step s : plan.steps()) {
            if (s instanceof Step.Backup b) {
                forgottenProgram = b.programHash();
                break;
            }
        }
        String expected;
        String prompt;
        if (forgottenProgram != null) {
            String hash = forgottenProgram;
            String name = engine.cachedInventory(owner).flatMap(i -> i.program(hash)).map(ProgramView::name).orElse(null);
            expected = name != null ? name : hash;
            prompt = "This forgets program " + hash + (name == null ? "" : " '" + name + "'") + ". Type its "
                    + (name != null ? "name" : "hash") + " to go on: ";
        } else {
            expected = "yes";
            prompt = "Sign and send these steps? Type yes to go on: ";
        }
        String answer = ConsoleInput.line(prompt, spec.commandLine().getErr());
        if (answer == null || !answer.strip().equals(expected)) {
            throw new CliFailure(ExitCodes.FAILED, "Not confirmed, so nothing was signed or sent. Run the command again, or add "
                    + "--yes to skip the question.");
        }
    }
}
