package org.alephdeploy.service.engine;

import java.util.Objects;
import java.util.function.Consumer;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.service.rehearse.Rehearsal;

/**
 * One "Rehearse first" of an intent, ready to run on a worker: {@link #run} copies, plans and
 * runs on the local copy (blocking), then — when the change ran and touched a program's code or
 * settings — asks the local compute node's boot check and the program's answer to {@code GET /};
 * it tells each stage and step in words. {@link #cancel}, from any thread, stops it at its next
 * request.
 */
public final class RehearseRun {
    private final Rehearsals rehearsals;
    private final SignerAccess account;
    private final Intent intent;
    private final Cancellation cancellation = Cancellation.create();

    RehearseRun(Rehearsals rehearsals, SignerAccess account, Intent intent) {
        this.rehearsals = Objects.requireNonNull(rehearsals);
        this.account = Objects.requireNonNull(account);
        this.intent = Objects.requireNonNull(intent);
    }

    /**
     * What the rehearsal did, and the copy's program on the local compute node (null when no program's
     * code or settings changed, or the run did not end done).
     *
     * @param maxFileSize the cap used: files above it were marked remote
     */
    public record Result(Rehearsal.Outcome outcome, LocalProgramCheck.Result program, long maxFileSize) {
    }

    /** As {@link #run(long, Consumer)} with the cap last used this session. */
    public Result run(Consumer<String> words) throws Exception {
        return run(rehearsals.maxFileSize(), words);
    }

    /**
     * Copies the account's state into the local sandbox (files above {@code maxFileSize} bytes are
     * marked remote; the cap is remembered for the session), plans and runs the intent there, then
     * checks the program it changed on the local compute node. Blocking.
     *
     * @param words hears "Copying …", "Planning on the copy…", each step of the run, then the boot check
     */
    public Result run(long maxFileSize, Consumer<String> words) throws Exception {
        if (maxFileSize < 0) {
            throw new IllegalArgumentException("The file size cap must be 0 or more bytes, not " + maxFileSize + ".");
        }
        rehearsals.rememberMaxFileSize(maxFileSize);
        String address = account.address().orElseThrow(() -> new IllegalStateException(EngineWords.NO_ACCOUNT));
        MessageSigner signer = account.signer().orElseThrow(() -> new IllegalStateException(EngineWords.LOCKED));
        Rehearsal rehearsal = rehearsals.open();
        cancellation.throwIfCancelled();
        RunListener steps = new RunListener() {
            @Override
            public void step(int index, int count, String stepWords) {
                words.accept("Rehearsal, step " + (index + 1) + " of " + count + ": " + stepWords);
            }
        };
        Rehearsal.Outcome outcome = rehearsal.run(intent, address, signer, maxFileSize, words, steps, cancellation);
        String program = outcome.run() != null && outcome.run().ok() ? changedProgram(outcome) : null;
        if (program == null) {
            return new Result(outcome, null, maxFileSize);
        }
        cancellation.throwIfCancelled();
        words.accept("Boot check of the copy's program on the local compute node, then GET /…");
        return new Result(outcome, new LocalProgramCheck(rehearsal.sandboxUrl()).check(program, cancellation), maxFileSize);
    }

    /** The program the run published (a re-create, an amend), else the one whose code or settings it changed; or null. */
    static String changedProgram(Rehearsal.Outcome outcome) {
        String published = null;
        if (outcome.plan() instanceof Plan plan) {
            for (Step s : plan.steps()) {
                String hash = outcome.run().results().get(s.index());
                if (hash != null && s instanceof Step.PublishProgram) {
                    published = hash;
                }
            }
            if (published == null && plan.intent() instanceof Intent.UpdateCode u) {
                return u.program();
            }
            if (published == null && plan.intent() instanceof Intent.ChangeSettings c) {
                return c.program();
            }
        }
        return published;
    }

    /** Stops the rehearsal at its next request; what was copied so far stays for the next time. */
    public void cancel() {
        cancellation.cancel();
    }

    /** True once {@link #cancel} was called: a failure after it is the cancel taking effect. */
    public boolean cancelled() {
        return cancellation.isCancelled();
    }
}
