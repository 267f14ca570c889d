package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.PlanOutOfDateException;
import org.alephdeploy.deploy.PublicKeyRefusedException;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.deploy.run.OperationBusyException;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.message.Json;
import org.alephdeploy.wallet.Signer;
import picocli.CommandLine.Model.CommandSpec;
import org.alephdeploy.message.Addresses;

/** plan → show → (apply: confirm → sign and run → verify) for one intent, with the exit codes of {@link ExitCodes}. */
final class IntentFlow {
    private final CommandSpec spec;
    private final SignerOptions who;
    private final boolean apply;
    private final boolean yes;

    /** A plan saved by {@code plan --json} that {@code apply --plan FILE} signs; null for a plan made now. */
    private final JsonNode saved;

    private boolean rehearse;

    IntentFlow(CommandSpec spec, SignerOptions who, boolean apply, boolean yes) {
        this(spec, who, apply, yes, null);
    }

    IntentFlow(CommandSpec spec, SignerOptions who, boolean apply, boolean yes, JsonNode saved) {
        this.spec = spec;
        this.who = who;
        this.apply = apply;
        this.yes = yes;
        this.saved = saved;
    }

    /** {@code apply --rehearse}: copy the owner's state from --node into the sandbox, then run there. */
    IntentFlow rehearsing(boolean on) {
        this.rehearse = on;
        return this;
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
        String owner = saved == null ? who.owner(acting) : saved.path("owner").asText();
        Intent intent = intentSource.get();
        Signer signer = null;
        ObjectNode rehearsal = null;
        if (rehearse) {
            CopySummary copy = RehearseCommand.copy(root, owner, RehearseCommand.DEFAULT_MAX_FILE_SIZE, spec.commandLine().getErr());
            rehearsal = RehearseCommand.json(copy);
            String banner = "REHEARSAL on the sandbox copy of " + owner + " from " + copy.source() + ": signed for the local "
                    + "copy only, nothing is sent to " + copy.source() + ".";
            if (out.json()) {
                spec.commandLine().getErr().println(banner);
                spec.commandLine().getErr().flush();
            } else {
                RehearseCommand.lines(copy).subList(0, 1 + copy.refused().size()).forEach(out::line);
                out.line(banner);
            }
        }
        try (EngineSession s = rehearse ? EngineSession.openSandbox(root) : EngineSession.open(root)) {
            Engine engine = s.engine();
            if (saved != null) {
                savedPlanStillFor(engine.network(), acting);
            }
            PlanResult result = engine.plan(intent, owner, acting, who.watchOnly(root));
            if (result instanceof Refusal r && saved != null) {
                throw outOfDate("it is now refused: " + r.reason());
            }
            if (result instanceof Refusal r) {
                if (out.json()) {
                    out.json(EngineViews.refusalJson(r));
                } else {
                    EngineViews.refusalLines(r).forEach(out::line);
                }
                return ExitCodes.REFUSED;
            }
            Plan plan = (Plan) result;
            String digest = engine.digest(plan, owner, acting);
            if (saved != null && !digest.equals(saved.path("digest").asText())) {
                throw outOfDate("what it would sign changed since it was saved (digest " + saved.path("digest").asText()
                        + ", now " + digest + ")");
            }
            ObjectNode planJson = EngineViews.planJson(plan);
            planJson.put("network", engine.network()).put("owner", owner).put("signer", acting).put("digest", digest);
            if (!apply) {
                if (out.json()) {
                    out.json(planJson);
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
                if (out.json()) {
                    // standard output stays the result; what is asked about is shown on standard error
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(Json.pretty(planJson));
                    err.flush();
                }
                confirm(plan, engine, owner);
            }
            signer = who.unlock(root, "apply");
            RunOutcome outcome = runInterruptibly(engine, plan, owner, signer, digest);
            if (out.json()) {
                ObjectNode o = Json.object();
                if (rehearsal != null) {
                    o.set("rehearsal", rehearsal);
                }
                o.set("plan", planJson);
                o.set("outcome", EngineViews.outcomeJson(outcome));
                out.json(o);
            } else {
                EngineViews.outcomeLines(outcome).forEach(out::line);
                if (rehearsal != null) {
                    out.line("That was a rehearsal on the local copy. To run it for real, run the same command without "
                            + "--rehearse: it plans again against " + rehearsal.path("source").asText() + " for review.");
                }
            }
            return exitCode(outcome);
        } catch (PlanOutOfDateException | PublicKeyRefusedException e) {
            throw new CliFailure(ExitCodes.REFUSED, e.getMessage(), e);
        } catch (NodeError e) {
            throw EngineSession.failure(e);
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        } catch (OperationBusyException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        } finally {
            if (signer != null) {
                signer.lock();
            }
        }
    }

    private RunOutcome runInterruptibly(Engine engine, Plan plan, String owner, Signer signer, String digest) {
        Cancellation cancel = Cancellation.create();
        try (CtrlC ignored = CtrlC.cancels(cancel)) {
            return engine.apply(plan, owner, signer, digest, new ProgressPrinter(spec.commandLine().getErr()), cancel);
        }
    }

    /** The saved plan was made on this network for the account that signs now. */
    private void savedPlanStillFor(String network, String acting) {
        if (!network.equals(saved.path("network").asText())) {
            throw outOfDate("it was made for the network " + saved.path("network").asText() + ", not " + network);
        }
        if (!Addresses.sameAddress(acting, saved.path("signer").asText())) {
            throw outOfDate("it was made for the signer " + saved.path("signer").asText() + ", not " + acting);
        }
    }

    private static CliFailure outOfDate(String why) {
        return new CliFailure(ExitCodes.REFUSED, "the plan is out of date: " + why + ". Nothing was signed or sent. "
                + "Make and review a new plan with 'plan … --json', then apply it.");
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
