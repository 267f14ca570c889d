package org.alephdeploy.service.rehearse;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.deploy.rehearse.HistoryCopy;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.message.MessageSigner;

/**
 * "Rehearse first" in one blocking call, for the window (wrap it in a task off the FX thread):
 * copy the owner's state from the real network into the local sandbox (incremental after the
 * first time), plan the same intent there, and — when the plan is not refused and the copy's funds
 * cover it — sign with the real account for the copy and run it, returning the copy's summary, the
 * plan (or refusal) and the run's outcome. Nothing is sent to the real network: the source engine
 * is only read. Cancel with the {@link Cancellation}: the copy stops at its next request, the run
 * as {@link Engine#apply} does. After a rehearsal the window offers "Run for real on &lt;network&gt;"
 * by planning the same intent again on the source engine (the real state may have moved).
 */
public final class Rehearsal {
    private final Engine source;
    private final Engine sandbox;
    private final String sandboxUrl;
    private final Path stateDir;

    /**
     * @param source     the engine of the real network (read only: listings, files, balance)
     * @param sandbox    the engine of the local sandbox that holds the copy ({@code network} "sandbox")
     * @param sandboxUrl the local sandbox's base URL (its import endpoints)
     * @param stateDir   where what was copied is remembered (the CLI uses {@code <data>/rehearse})
     */
    public Rehearsal(Engine source, Engine sandbox, String sandboxUrl, Path stateDir) {
        this.source = Objects.requireNonNull(source);
        this.sandbox = Objects.requireNonNull(sandbox);
        this.sandboxUrl = Objects.requireNonNull(sandboxUrl);
        this.stateDir = Objects.requireNonNull(stateDir);
        if (!sandbox.client().isSandbox()) {
            throw new IllegalArgumentException("A rehearsal runs on a sandbox node only, and " + sandbox.network() + " is not one.");
        }
    }

    /** The local sandbox that holds the copy (its compute node runs the copy's programs). */
    public String sandboxUrl() {
        return sandboxUrl;
    }

    /** What a rehearsal did: the copy, the plan on the copy (or its refusal) and the run (null when not run). */
    public record Outcome(CopySummary copy, PlanResult plan, RunOutcome run) {
        /** True when the change ran on the copy and ended done with every check passing. */
        public boolean doneAndVerified() {
            return run != null && run.ok() && run.checks().stream().allMatch(c -> c.ok());
        }
    }

    /**
     * Copies, plans and runs {@code intent} for {@code owner} on the copy.
     *
     * @param stages      one line per stage ("Copying …", "Planning on the copy…", "Running on the copy…")
     * @param runListener the run's step and upload progress, as for a real run
     */
    public Outcome run(Intent intent, String owner, MessageSigner signer, long maxFileSize, Consumer<String> stages,
            RunListener runListener, Cancellation cancel) {
        stages.accept("Copying " + owner + " from " + source.network() + " into the local sandbox…");
        HistoryCopy copy = new HistoryCopy(source.client().with(cancel), source.client().nodes().get(0),
                new SandboxImport(sandboxUrl), stateDir);
        CopySummary summary = copy.copy(owner, maxFileSize, stages);
        cancel.throwIfCancelled();
        sandbox.inventoryFull(owner);
        stages.accept("Planning on the copy…");
        PlanResult planned = sandbox.plan(intent, owner, signer.address());
        if (!(planned instanceof Plan plan) || !plan.cost().affordable()) {
            return new Outcome(summary, planned, null);
        }
        cancel.throwIfCancelled();
        stages.accept("Running on the copy (rehearsal: nothing is sent to " + source.network() + ")…");
        RunOutcome run = sandbox.apply(plan, owner, signer, runListener, cancel);
        return new Outcome(summary, planned, run);
    }
}
