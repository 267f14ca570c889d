package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alephdeploy.ccn.AwaitTimeoutException;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.IpfsUploadResult;
import org.alephdeploy.ccn.MessageRecord;
import org.alephdeploy.ccn.MessageWaiter;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.ccn.UploadListener;
import org.alephdeploy.ccn.UploadResult;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.plan.ContentTemplate;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.MessageVerifier;
import org.alephdeploy.message.Times;

/**
 * Runs plans step by step through the {@link Journal}: every message is signed and journaled
 * before it is posted, so a resumed run re-posts the very same bytes (the node treats a repeat as
 * a no-op) instead of creating a second program; uploads are skipped on resume when the node
 * already has the file; every publish is awaited until processed, every FORGET until its targets
 * are forgotten; a program's exact message is backed up before any FORGET of it; and the end state
 * is verified on a freshly loaded inventory. Blocking; one operation is run by one runner at a
 * time (a file lock), different operations may run in parallel.
 */
public final class PlanRunner {
    private static final BigDecimal TICK = new BigDecimal("0.001");

    private final CcnClient client;
    private final Journal journal;
    private final Backups backups;
    private final RunSettings settings;
    private final Function<String, Inventory> freshInventory;
    private final Supplier<BigDecimal> clock;

    /**
     * @param freshInventory loads the inventory of an address from the node (used to verify the end state)
     * @param clock          now, in Unix seconds (content times are never below it)
     */
    public PlanRunner(CcnClient client, Journal journal, Backups backups, RunSettings settings,
            Function<String, Inventory> freshInventory, Supplier<BigDecimal> clock) {
        this.client = Objects.requireNonNull(client);
        this.journal = Objects.requireNonNull(journal);
        this.backups = Objects.requireNonNull(backups);
        this.settings = Objects.requireNonNull(settings);
        this.freshInventory = Objects.requireNonNull(freshInventory);
        this.clock = Objects.requireNonNull(clock);
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
        return execute(open(plan, network, address, signer), signer, listener, cancellation);
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
        if (!op.status().resumable()) {
            throw new IllegalStateException("Operation " + operationId + " is " + op.status().wire() + "; there is nothing to resume.");
        }
        if (!op.signer().equals(signer.address())) {
            throw new IllegalArgumentException("Operation " + operationId + " was signed by " + op.signer() + ", not by "
                    + signer.address() + ". Resume it with the wallet of " + op.signer() + ".");
        }
        try (OperationLock lock = OperationLock.acquire(journal.directory(), operationId)) {
            journal.append(operationId, record(Operation.RESUMED));
            return new Execution(load(operationId), signer, listener, cancellation).run();
        }
    }

    /** Marks the operation abandoned: nothing sent is undone; the outcome says what exists on the node. */
    public RunOutcome abandon(String operationId) throws IOException {
        Operation op = load(operationId);
        if (op.status() == OperationStatus.DONE || op.status() == OperationStatus.ABANDONED) {
            throw new IllegalStateException("Operation " + operationId + " is " + op.status().wire() + "; it cannot be abandoned.");
        }
        try (OperationLock lock = OperationLock.acquire(journal.directory(), operationId)) {
            String words = "Abandoned: no further step will run, and nothing already sent is undone.";
            journal.append(operationId, record(Operation.ABANDONED).put("words", words));
            return Situation.of(load(operationId), OperationStatus.ABANDONED, words);
        }
    }

    /** The operation as its journal tells it, with its status (running when a runner holds it now). */
    public RunOutcome describe(String operationId) throws IOException {
        Operation op = load(operationId);
        OperationStatus status = statusOf(op);
        return Situation.of(op, status, wordsOf(op, status));
    }

    /** Every operation of the journal, newest first; damaged journals are listed as failed with the reason. */
    public java.util.List<OperationSummary> list() throws IOException {
        java.util.List<OperationSummary> out = new java.util.ArrayList<>();
        for (String id : journal.operations()) {
            try {
                Operation op = load(id);
                out.add(OperationSummary.of(op, statusOf(op)));
            } catch (IOException | RuntimeException e) {
                out.add(new OperationSummary(id, OperationStatus.FAILED, null, null, null, null, null, null, 0, 0,
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
        return Operation.replay(operationId, journal.read(operationId));
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
            return new Execution(load(id), signer, listener, cancellation).run();
        }
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
        ObjectNode r = Json.object();
        r.put("type", type);
        return r;
    }

    /** One run of one operation. */
    private final class Execution {
        private final Operation op;
        private final Plan plan;
        private final MessageSigner signer;
        private final RunListener listener;
        private final Cancellation cancel;
        private final CcnClient node;
        private final MessageWaiter waiter;
        private final Map<Integer, String> results;
        private final Map<Integer, Message> signed;
        private final java.util.Set<Integer> posted = new java.util.HashSet<>();
        private BigDecimal lastTime;
        private int current = -1;

        Execution(Operation op, MessageSigner signer, RunListener listener, Cancellation cancellation) {
            this.op = op;
            this.plan = op.plan();
            this.signer = signer;
            this.listener = listener == null ? RunListener.NONE : listener;
            this.cancel = cancellation == null ? Cancellation.NONE : cancellation;
            this.node = client.with(cancel);
            this.waiter = new MessageWaiter(client, settings.firstPoll(), settings.maxPoll());
            this.results = new HashMap<>(op.results());
            this.signed = new HashMap<>(op.signed());
            for (Step s : plan.steps()) {
                if (op.posted(s.index())) {
                    posted.add(s.index());
                }
            }
            this.lastTime = op.lastSignedTime();
        }

        RunOutcome run() throws IOException {
            try {
                for (Step s : plan.steps()) {
                    if (op.stepDone(s.index())) {
                        continue;
                    }
                    current = s.index();
                    cancel.throwIfCancelled();
                    listener.step(s.index(), plan.steps().size(), s.words());
                    String result = execute(s);
                    if (result != null) {
                        results.put(s.index(), result);
                    }
                    ObjectNode r = record(Operation.STEP_DONE).put("step", s.index());
                    if (result != null) {
                        r.put("result", result);
                    }
                    append(r);
                }
                current = -1;
                cancel.throwIfCancelled();
                listener.step(plan.steps().size(), plan.steps().size(), "verify the end state on the node");
                List<VerificationCheck> checks = new Verifier(plan, results, signed, client.with(cancel), freshInventory)
                        .verify(op.address());
                boolean ok = checks.stream().allMatch(VerificationCheck::ok);
                ObjectNode v = record(Operation.VERIFIED).put("ok", ok);
                checks.forEach(c -> v.withArray("checks").addObject().put("ok", c.ok()).put("words", c.words()));
                append(v);
                if (ok) {
                    append(record(Operation.DONE));
                    return finish(OperationStatus.DONE, wordsOf(op, OperationStatus.DONE));
                }
                return finish(OperationStatus.FAILED, "Every step ran, but the end state did not verify on the node: "
                        + String.join("; ", checks.stream().filter(c -> !c.ok()).map(VerificationCheck::words).toList()) + ".");
            } catch (CancellationException e) {
                return stop(Operation.StopKind.CANCELLED, "Cancelled" + stepWords() + ". Nothing is lost: resume the operation "
                        + "to continue where it stopped.", null);
            } catch (AwaitTimeoutException e) {
                return stop(Operation.StopKind.TIMEOUT, e.getMessage() + " Resume the operation later to continue waiting.", null);
            } catch (NodeError e) {
                if (e.kind() == NodeError.Kind.REJECTED) {
                    return stop(Operation.StopKind.REJECTED, "The node rejected the message of " + stepWords().strip() + ": "
                            + e.getMessage(), e.errorCode());
                }
                if (e.isUnreachable()) {
                    return stop(Operation.StopKind.UNREACHABLE, "The node could not be reached" + stepWords() + ": "
                            + e.getMessage() + " Resume the operation once the node answers again.", null);
                }
                return stop(Operation.StopKind.ERROR, "The node refused a request" + stepWords() + ": " + e.getMessage(), null);
            } catch (LocalArtifacts.ArtifactChangedException e) {
                return stop(Operation.StopKind.ERROR, e.getMessage(), null);
            } catch (StepFailure e) {
                return stop(Operation.StopKind.ERROR, e.getMessage(), null);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private String stepWords() {
            return current < 0 ? " while verifying" : " at step " + (current + 1) + " (" + plan.steps().get(current).words() + ")";
        }

        private RunOutcome stop(Operation.StopKind kind, String words, Integer code) throws IOException {
            ObjectNode r = record(Operation.STOPPED).put("kind", kind.name()).put("words", words);
            if (current >= 0) {
                r.put("step", current);
            }
            if (code != null) {
                r.put("error_code", code);
            }
            append(r);
            OperationStatus status = kind == Operation.StopKind.REJECTED || kind == Operation.StopKind.ERROR
                    ? OperationStatus.FAILED : OperationStatus.INTERRUPTED;
            return finish(status, words);
        }

        private RunOutcome finish(OperationStatus status, String words) throws IOException {
            return Situation.of(load(op.id()), status, words);
        }

        /** Appends with the thread's interrupt flag cleared (an interrupted channel write would fail), then restores it. */
        private void append(ObjectNode r) throws IOException {
            boolean interrupted = Thread.interrupted();
            try {
                journal.append(op.id(), r);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private String execute(Step s) throws IOException {
            if (s instanceof Step.Upload u) {
                return upload(u);
            }
            if (s instanceof Step.PublishStore || s instanceof Step.PublishProgram) {
                Message m = signedOrSign(s);
                post(s.index(), m);
                return m.itemHash();
            }
            if (s instanceof Step.Forget f) {
                for (var h : f.hashes()) {
                    backUp(h.resolve(this::result), false);
                }
                Message m = signedOrSign(f);
                post(f.index(), m);
                return m.itemHash();
            }
            if (s instanceof Step.AwaitProcessed a) {
                waiter.awaitProcessed(result(a.step()), settings.processedTimeout(), cancel);
                return null;
            }
            if (s instanceof Step.AwaitForgotten a) {
                Step.Forget forget = forgetBefore(a);
                if (forget != null) {
                    waiter.awaitProcessed(results.get(forget.index()), settings.forgottenTimeout(), cancel);
                }
                for (var h : a.hashes()) {
                    waiter.awaitStatus(h.resolve(this::result), EnumSet.of(MessageStatus.FORGOTTEN, MessageStatus.REMOVED),
                            settings.forgottenTimeout(), cancel);
                }
                return null;
            }
            if (s instanceof Step.Backup b) {
                backUp(b.programHash(), true);
                return null;
            }
            throw new IllegalStateException("no runner for step " + s);
        }

        private String result(org.alephdeploy.deploy.plan.StepRef ref) {
            return results.get(ref.step());
        }

        private Step.Forget forgetBefore(Step.AwaitForgotten a) {
            for (int i = a.index() - 1; i >= 0; i--) {
                if (plan.steps().get(i) instanceof Step.Forget f) {
                    return f;
                }
            }
            return null;
        }

        private String upload(Step.Upload u) throws IOException {
            Step.PublishStore consumer = storeOf(u);
            UploadListener progress = (done, total, rate) -> listener.upload(u.index(), done, total, rate);
            try (LocalArtifacts.Prepared file = LocalArtifacts.prepare(u.artifact())) {
                if (u.engine() == ItemType.IPFS) {
                    return uploadToIpfs(u, consumer, file.file(), progress);
                }
                Message store = null;
                if (consumer != null) {
                    results.put(u.index(), u.artifact().sha256());
                    store = signedOrSign(consumer);
                }
                UploadResult r = node.addFile(file.file(), store, false, progress, cancel);
                append(record(Operation.UPLOAD).put("step", u.index()).put("file_hash", r.fileHash())
                        .put("uploaded", r.uploaded()).put("bytes", r.bytesSent()));
                if (!r.uploaded()) {
                    listener.note("The node already has file " + r.fileHash() + "; it was not uploaded again.");
                }
                if (store != null) {
                    markPosted(consumer.index(), store);
                }
                return r.fileHash();
            }
        }

        /**
         * An IPFS upload carries its STORE message, as a storage upload does: anonymous IPFS uploads
         * are capped far below the authenticated limit. The message names the CID, so the CID is
         * computed here, streamed, before anything is signed, and checked against the node's.
         */
        private String uploadToIpfs(Step.Upload u, Step.PublishStore consumer, java.nio.file.Path file, UploadListener progress)
                throws IOException {
            Message store = null;
            if (consumer != null) {
                String cid;
                try (var in = java.nio.file.Files.newInputStream(file)) {
                    cid = org.alephdeploy.message.CidV0.of(in);
                }
                results.put(u.index(), cid);
                store = signedOrSign(consumer);
            }
            IpfsUploadResult r = node.ipfsAddFile(file, store, false, progress, cancel);
            append(record(Operation.UPLOAD).put("step", u.index()).put("file_hash", r.cid()).put("uploaded", true));
            if (store != null) {
                if (!r.cid().equals(results.get(u.index()))) {
                    throw new IOException("The node computed CID " + r.cid() + " for the file, but this app computed "
                            + results.get(u.index()) + ", so the STORE message does not name the file the node holds. "
                            + "Check that the file did not change during the upload, then run the operation again.");
                }
                markPosted(consumer.index(), store);
            }
            return r.cid();
        }

        /** The STORE step that names this upload's file hash: it travels with the upload (authenticated, up to the node's limit). */
        private Step.PublishStore storeOf(Step.Upload u) {
            for (Step s : plan.steps()) {
                if (s instanceof Step.PublishStore p && p.template().fills().stream()
                        .anyMatch(f -> f.from().step() == u.index() && f.pointer().equals("/item_hash"))) {
                    return p;
                }
            }
            return null;
        }

        private void post(int step, Message m) throws IOException {
            if (posted.contains(step)) {
                return;
            }
            node.postMessage(m, false);
            markPosted(step, m);
        }

        private void markPosted(int step, Message m) throws IOException {
            append(record(Operation.POSTED).put("step", step).put("item_hash", m.itemHash()));
            posted.add(step);
        }

        /** The journaled message of this step, or a new one signed now and journaled before anything sends it. */
        private Message signedOrSign(Step s) throws IOException {
            Message m = signed.get(s.index());
            if (m != null) {
                return m;
            }
            BigDecimal time = nextTime();
            MessageDraft draft;
            if (s instanceof Step.PublishStore p) {
                draft = draft(p.template(), time);
            } else if (s instanceof Step.PublishProgram p) {
                draft = draft(p.template(), time);
            } else if (s instanceof Step.Forget f) {
                draft = MessageDraft.inline(MessageType.FORGET, f.channel(), f.content(this::result, time));
            } else {
                throw new IllegalStateException("step " + s.index() + " signs nothing");
            }
            m = draft.sign(signer);
            ObjectNode r = record(Operation.SIGNED).put("step", s.index()).put("item_hash", m.itemHash());
            r.set("message", m.envelope());
            append(r);
            signed.put(s.index(), m);
            lastTime = time;
            return m;
        }

        private MessageDraft draft(ContentTemplate t, BigDecimal time) {
            return MessageDraft.inline(t.type(), t.channel(), t.resolve(this::result, time));
        }

        /** Strictly after every time signed before, not before now, not before the plan's lower bound. */
        private BigDecimal nextTime() {
            BigDecimal t = clock.get();
            if (plan.notBefore() != null && plan.notBefore().compareTo(t) > 0) {
                t = plan.notBefore();
            }
            if (lastTime != null && t.compareTo(lastTime) <= 0) {
                t = lastTime.add(TICK);
            }
            return t.scale() < 1 ? t.setScale(1) : t;
        }

        /**
         * Saves the program's exact message as the node serves it before anything forgets it.
         * Non-programs are skipped; {@code required} fails the step when no backup can be made.
         */
        private void backUp(String hash, boolean required) throws IOException {
            if (java.nio.file.Files.exists(backups.path(hash))) {
                return;
            }
            MessageRecord rec = node.message(hash).orElse(null);
            Message m = rec == null ? null : rec.message();
            boolean program = m != null && "PROGRAM".equals(m.typeName());
            if (!program || m.itemContent() == null || !(rec.status() == MessageStatus.PROCESSED
                    || rec.status() == MessageStatus.REMOVING)) {
                if (required) {
                    throw new StepFailure("Cannot back up program " + hash + ": the node "
                            + (rec == null ? "does not know it" : "reports it " + rec.status().wire() + (program ? "" : " and not as a PROGRAM"))
                            + ". Nothing was forgotten. Refresh the inventory and plan again.");
                }
                return;
            }
            if (!Boolean.TRUE.equals(MessageVerifier.checkHash(m, new java.util.ArrayList<>()))) {
                throw new StepFailure("The node served program " + hash + " with content that does not hash to it, so it cannot "
                        + "be backed up. Nothing was forgotten. Try another node.");
            }
            java.nio.file.Path file = backups.save(m, Json.compact(m.envelope()));
            append(record(Operation.BACKUP).put("program", hash).put("path", file.toString()));
            listener.note("Backed up program " + hash + " to " + file);
        }
    }

    /** A step cannot run for a reason that is neither the node's rejection nor a lost connection. */
    static final class StepFailure extends RuntimeException {
        StepFailure(String message) {
            super(message);
        }
    }
}
