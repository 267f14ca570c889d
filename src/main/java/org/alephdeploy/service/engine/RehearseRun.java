package org.alephdeploy.service.engine;

import java.util.Objects;
import java.util.function.Consumer;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.service.rehearse.Rehearsal;

/**
 * One "Rehearse first" of an intent, ready to run on a worker: {@link #run} copies, plans and
 * runs on the local copy (blocking) and tells each stage and step in words; {@link #cancel}, from
 * any thread, stops it at its next request.
 */
public final class RehearseRun {
    /** Files above this size stay remote in the copy (as the command line's default). */
    static final long MAX_FILE_SIZE = 100L * 1024 * 1024;

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
     * Copies the account's state into the local sandbox, plans and runs the intent there. Blocking.
     *
     * @param words hears "Copying …", "Planning on the copy…", then each step of the run
     */
    public Rehearsal.Outcome run(Consumer<String> words) throws Exception {
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
        return rehearsal.run(intent, address, signer, MAX_FILE_SIZE, words, steps, cancellation);
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
