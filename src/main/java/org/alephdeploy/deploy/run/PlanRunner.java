package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.plan.PaymentCutoffs;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.Times;

/**
 * Runs plans step by step through the {@link Journal}: every message is signed and journaled
 * before it is posted, so a resumed run re-posts the very same bytes (the node treats a repeat as
 * a no-op) instead of creating a second program; uploads are skipped on resume when the node
 * already has the file; every publish is awaited until processed, every FORGET until its targets
 * are forgotten; a program's exact message is backed up before any FORGET of it; and the end state
 * is verified on a freshly loaded inventory. Blocking; one operation is run by one runner at a
 * time (a file lock), and one operation at a time per (network, owner, target) across processes
 * ({@link TargetLock}); operations on different targets may run in parallel.
 */
public final class PlanRunner {
    private final RunEnvironment env;
    private final CcnClient client;
    private final Journal journal;

    /**
     * @param freshInventory loads the inventory of an address from the node (used to verify the end state)
     * @param clock          now, in Unix seconds (content times are never below it)
     */
    public PlanRunner(CcnClient client, Journal journal, Backups backups, RunSettings settings,
            Function<String, Inventory> freshInventory, Supplier<BigDecimal> clock) {
        this(client, journal, backups, settings, freshInventory, clock, PaymentCutoffs.mainnet());
    }

    /** {@code cutoffs}: the payment each STORE and PROGRAM must use at its signing time (a plan made before a cutoff switches). */
    public PlanRunner(CcnClient client, Journal journal, Backups backups, RunSettings settings,
            Function<String, Inventory> freshInventory, Supplier<BigDecimal> clock, PaymentCutoffs cutoffs) {
        this.env = new RunEnvironment(client, journal, backups, settings, freshInventory, clock, cutoffs);
        this.client = client;
        this.journal = journal;
    }

    public PlanRunner(CcnClient client, Journal journal, Backups backups, RunSettings settings,
            Function<String, Inventory> freshInventory) {
        this(client, journal, backups, settings, freshInventory, Times::now);
    }

    /** Journals a new operation for {@code plan} without running it; returns its id. */
    public String open(Plan plan, String network, String address, MessageSigner signer) throws IOException {
        ObjectNode start = Json.object();
        start.put("type", Operation.START);
        start.put("network", network);
        start.put("node", String.join(", ", client.nodes()));
        start.put("address", address);
        start.put("signer", signer.address());
        start.put("intent", plan.intent().words());
        start.set("plan", PlanCodec.encode(plan));
        return journal.open(start);
    }

    /** Journals and runs {@code plan}, signing with {@code signer}, to its verified end or the first stop. */
    public RunOutcome run(Plan plan, String network, String address, MessageSigner signer, RunListener listener,
            Cancellation cancellation) throws IOException {
        try (TargetLock.Held target = TargetLock.acquire(journal.directory(), network, address, plan.intent().target())) {
            return execute(open(plan, network, address, signer), signer, listener, cancellation);
        }
    }

    /**
     * Continues an interrupted or failed operation from its journal: finished steps are skipped,
     * journaled messages are re-posted as they are, the rest is signed now.
     *
     * @throws IllegalStateException    when the operation is done, abandoned or running elsewhere
     * @throws IllegalArgumentException when {@code signer} is not the operation's signer
     */
    public RunOutcome resume(String operationId, MessageSigner signer, RunListener listener, Cancellation cancellation)
            throws IOException {
        Operation op = load(operationId);
        checkResumable(op, signer);
        try (TargetLock.Held target = TargetLock.acquire(journal.directory(), op.network(), op.address(), op.plan().intent().target());
                OperationLock lock = OperationLock.acquire(journal.directory(), operationId)) {
            // another process may have finished or abandoned it between the first look and the lock
            Operation now = load(operationId);
            checkResumable(now, signer);
            journal.append(operationId, record(Operation.RESUMED));
            return new OperationRun(env, load(operationId), signer, listener, cancellation).run();
        }
    }

    private static void checkResumable(Operation op, MessageSigner signer) {
        if (!op.status().resumable()) {
            throw new IllegalStateException("Operation " + op.id() + " is " + op.status().wire() + "; there is nothing to resume.");
        }
        if (!op.signer().equals(signer.address())) {
            throw new IllegalArgumentException("Operation " + op.id() + " was signed by " + op.signer() + ", not by "
                    + signer.address() + ". Resume it with the wallet of " + op.signer() + ".");
        }
    }

    /** Marks the operation abandoned: nothing sent is undone; the outcome says what exists on the node. */
    public RunOutcome abandon(String operationId) throws IOException {
        checkAbandonable(load(operationId));
        try (OperationLock lock = OperationLock.acquire(journal.directory(), operationId)) {
            // re-read under the lock: another process may have finished it meanwhile
            checkAbandonable(load(operationId));
            String words = "Abandoned: no further step will run, and nothing already sent is undone.";
            journal.append(operationId, record(Operation.ABANDONED).put("words", words));
            return Situation.of(load(operationId), OperationStatus.ABANDONED, words);
        }
    }

    private static void checkAbandonable(Operation op) {
        if (op.status() == OperationStatus.DONE || op.status() == OperationStatus.ABANDONED) {
            throw new IllegalStateException("Operation " + op.id() + " is " + op.status().wire() + "; it cannot be abandoned.");
        }
    }

    /** The operation as its journal tells it, with its status (running when a runner holds it now). */
    public RunOutcome describe(String operationId) throws IOException {
        Operation op = load(operationId);
        OperationStatus status = statusOf(op);
        return Situation.of(op, status, wordsOf(op, status));
    }

    /** Every operation of the journal, newest first; damaged journals are listed as failed with the reason. */
    public List<OperationSummary> list() throws IOException {
        List<OperationSummary> out = new ArrayList<>();
        for (String id : journal.operations()) {
            try {
                Operation op = load(id);
                out.add(summary(op, statusOf(op)));
            } catch (IOException | RuntimeException e) {
                out.add(new OperationSummary(id, OperationStatus.FAILED, null, null, null, null, null, null, null, null, 0, 0,
                        "The journal of this operation cannot be read: " + e.getMessage()));
            }
        }
        return out;
    }

    public Operation load(String operationId) throws IOException {
        if (!journal.exists(operationId)) {
            throw new IllegalArgumentException("There is no operation " + operationId + " in the journal "
                    + journal.directory() + ". List them with 'journal list'.");
        }
        return env.load(operationId);
    }

    public OperationStatus statusOf(Operation op) {
        OperationStatus s = op.status();
        if (s == OperationStatus.INTERRUPTED && OperationLock.held(journal.directory(), op.id())) {
            return OperationStatus.RUNNING;
        }
        return s;
    }

    public Journal journal() {
        return journal;
    }

    private RunOutcome execute(String id, MessageSigner signer, RunListener listener, Cancellation cancellation)
            throws IOException {
        try (OperationLock lock = OperationLock.acquire(journal.directory(), id)) {
            return new OperationRun(env, load(id), signer, listener, cancellation).run();
        }
    }

    private static OperationSummary summary(Operation op, OperationStatus status) {
        Intent intent = op.plan().intent();
        return new OperationSummary(op.id(), status, op.network(), op.address(), op.signer(), intent.words(),
                PlanCodec.kindOf(intent), intent.target(), op.started(), op.updated(), op.stepsDone(),
                op.plan().steps().size(), wordsOf(op, status));
    }

    static String wordsOf(Operation op, OperationStatus status) {
        return switch (status) {
            case DONE -> "Done: every step ran and the end state was verified on the node.";
            case ABANDONED -> op.abandonWords() == null ? "Abandoned." : op.abandonWords();
            case RUNNING -> "Running now in another window or process.";
            case FAILED -> op.stopWords() != null ? op.stopWords() : "The end state did not verify on the node.";
            case INTERRUPTED -> op.stopWords() != null ? op.stopWords()
                    : "Stopped before the end (the app or the computer stopped). Resume it to continue where it stopped.";
        };
    }

    private static ObjectNode record(String type) {
        return OperationLog.record(type);
    }
}
