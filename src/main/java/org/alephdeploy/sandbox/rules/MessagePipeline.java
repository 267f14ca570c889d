package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.sandbox.store.Balances;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;
import org.alephdeploy.sandbox.store.PendingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The node's message pipeline (docs/PROTOCOL.md P-4.1): intake of pre-validated messages, then one
 * message at a time: signature, content, permissions, related files, dependencies, balance, then
 * the message is stored as processed and its effects applied — or it is rejected, or retried.
 * Every step of one message runs in one transaction.
 */
public final class MessagePipeline {
    private static final Logger LOG = LoggerFactory.getLogger(MessagePipeline.class);

    private final Database db;
    private final FileStore fileStore;
    private final RuleBook book;
    private final BalanceMode balances;
    private final PendingRetryPolicy retry;
    private final Clock clock;
    private final CreditSpending spending;
    private final ProcessingEvents events = new ProcessingEvents();
    private final Random random = new Random();
    private volatile Runnable onSubmit = () -> { };

    private static final Set<String> PRICED = Set.of("STORE", "PROGRAM", "INSTANCE");

    public MessagePipeline(Database db, FileStore fileStore, boolean strict, BalanceMode balances, PendingRetryPolicy retry,
            Clock clock) {
        this.db = db;
        this.fileStore = fileStore;
        this.balances = balances;
        this.spending = new CreditSpending(balances, clock);
        this.book = new RuleBook(fileStore, strict, spending);
        this.retry = retry;
        this.clock = clock;
    }

    public ProcessingEvents events() {
        return events;
    }

    public BalanceMode balanceMode() {
        return balances;
    }

    public void onSubmit(Runnable r) {
        this.onSubmit = r;
    }

    public double now() {
        return clock.millis() / 1000.0;
    }

    /** What intake did with a submitted message. */
    public enum Intake { QUEUED, IGNORED, REJECTED_SILENTLY }

    /**
     * Intake (P-4.1 step 2). A hash already known and not rejected is ignored; a forgotten hash is
     * queued once more so that the processor answers it with 504 (the reference node drops it at
     * intake when no copy is already queued). A message without signature is rejected (code 1)
     * without a processing event.
     */
    public Intake submit(EnvelopeCheck.Checked m, boolean checkSignature) {
        double now = now();
        Intake result = db.tx(c -> {
            Optional<MessageRow> row = Messages.get(c, m.itemHash());
            String envelope = Json.compact(m.envelope());
            double orderKey = Math.min(m.time().doubleValue(), now);
            if (row.isPresent() && !row.get().is(MessageRow.REJECTED)) {
                if (row.get().is(MessageRow.FORGOTTEN)) {
                    PendingQueue.add(c, m.itemHash(), envelope, orderKey, now, checkSignature);
                    return Intake.QUEUED;
                }
                return Intake.IGNORED;
            }
            Messages.upsertPending(c, m.itemHash(), m.type(), m.envelope().path("chain").asText(),
                    m.envelope().path("sender").asText(), channel(m.envelope()), m.time().doubleValue(),
                    m.itemType().wire(), envelope, now);
            JsonNode sig = m.envelope().get("signature");
            if (checkSignature && (sig == null || sig.isNull())) {
                Messages.markRejected(c, m.itemHash(), ErrorCode.INVALID_SIGNATURE.code(),
                        Json.compact(errors("The message has no signature")));
                return Intake.REJECTED_SILENTLY;
            }
            PendingQueue.add(c, m.itemHash(), envelope, orderKey, now, checkSignature);
            return Intake.QUEUED;
        });
        if (result == Intake.QUEUED) {
            onSubmit.run();
        }
        return result;
    }

    private static String channel(JsonNode env) {
        JsonNode ch = env.get("channel");
        return ch == null || ch.isNull() ? null : ch.asText();
    }

    private static ObjectNode errors(String... texts) {
        ObjectNode d = Json.object();
        ArrayNode a = d.putArray("errors");
        for (String t : texts) {
            a.add(t);
        }
        return d;
    }

    /** Processes the next due message; false when none is due. */
    public boolean processNext() {
        double now = now();
        Optional<PendingQueue.Entry> next = db.tx(c -> PendingQueue.nextDue(c, now));
        if (next.isEmpty()) {
            return false;
        }
        ProcessingEvents.Outcome outcome = db.tx(c -> processEntry(c, next.get(), now));
        if (outcome != null) {
            events.fire(outcome);
        }
        return true;
    }

    /** Seconds until the next scheduled attempt (0 if one is due now), or -1 with nothing queued. */
    public double secondsUntilNextDue() {
        Optional<Double> earliest = db.tx(PendingQueue::earliest);
        return earliest.map(t -> Math.max(0, t - now())).orElse(-1.0);
    }

    private ProcessingEvents.Outcome processEntry(Connection c, PendingQueue.Entry e, double now) throws SQLException {
        Optional<MessageRow> row = Messages.get(c, e.itemHash());
        if (row.isPresent() && row.get().is(MessageRow.PROCESSED)) {
            PendingQueue.remove(c, e.itemHash());
            return new ProcessingEvents.Outcome(e.itemHash(), ProcessingEvents.Kind.PROCESSED, null);
        }
        if (row.isPresent() && row.get().is(MessageRow.FORGOTTEN)) {
            PendingQueue.remove(c, e.itemHash());
            return new ProcessingEvents.Outcome(e.itemHash(), ProcessingEvents.Kind.REJECTED,
                    ErrorCode.FORGOTTEN_DUPLICATE.code());
        }
        Savepoint sp = c.setSavepoint();
        try {
            Incoming m = check(c, e);
            store(c, m);
            PendingQueue.remove(c, e.itemHash());
            PendingQueue.wakeRetrying(c);
            return new ProcessingEvents.Outcome(e.itemHash(), ProcessingEvents.Kind.PROCESSED, null);
        } catch (ProcessingException pe) {
            c.rollback(sp);
            return fail(c, e, now, pe.code(), pe.details());
        } catch (RuntimeException | IOException ex) {
            c.rollback(sp);
            LOG.warn("internal error while processing {}", e.itemHash(), ex);
            return fail(c, e, now, ErrorCode.INTERNAL_ERROR, null);
        }
    }

    private ProcessingEvents.Outcome fail(Connection c, PendingQueue.Entry e, double now, ErrorCode code, JsonNode details)
            throws SQLException {
        if (code.retryable()) {
            boolean scheduled = e.nextAttempt() <= now;
            if (!scheduled) {
                PendingQueue.sleep(c, e.itemHash());
                return new ProcessingEvents.Outcome(e.itemHash(), ProcessingEvents.Kind.RETRY, code.code());
            }
            int attempt = e.attempts() + 1;
            if (attempt < retry.maxAttempts()) {
                PendingQueue.retryAt(c, e.itemHash(), now + retry.delaySeconds(attempt, random));
                return new ProcessingEvents.Outcome(e.itemHash(), ProcessingEvents.Kind.RETRY, code.code());
            }
        }
        PendingQueue.remove(c, e.itemHash());
        Messages.markRejected(c, e.itemHash(), code.code(), details == null ? null : Json.compact(details));
        return new ProcessingEvents.Outcome(e.itemHash(), ProcessingEvents.Kind.REJECTED, code.code());
    }

    /** What {@link #importSigned} did with one message of imported history. */
    public record Imported(String itemHash, ProcessingEvents.Kind kind, Integer errorCode, JsonNode details) {
    }

    /**
     * The sandbox's own import of signed history (docs/sandbox.md): processes {@code m} at once, in
     * the caller's order, with every check of normal processing (item hash of the exact content,
     * signature, schema, permissions, related files, dependencies) except the balance and payment
     * rules, which the source node already judged. A FORGET whose targets are all already forgotten
     * here (imported skeletons) only records itself on them. A message already processed or
     * forgotten is left as it is (kind null).
     */
    public Imported importSigned(EnvelopeCheck.Checked m) {
        double now = now();
        Imported result = db.tx(c -> {
            Optional<MessageRow> row = Messages.get(c, m.itemHash());
            if (row.isPresent() && !row.get().is(MessageRow.REJECTED) && !row.get().is(MessageRow.PENDING)) {
                return new Imported(m.itemHash(), null, null, null);
            }
            String envelope = Json.compact(m.envelope());
            Messages.upsertPending(c, m.itemHash(), m.type(), m.envelope().path("chain").asText(),
                    m.envelope().path("sender").asText(), channel(m.envelope()), m.time().doubleValue(),
                    m.itemType().wire(), envelope, now);
            PendingQueue.Entry e = new PendingQueue.Entry(m.itemHash(), envelope, now, now, 0, false, now, true);
            Savepoint sp = c.setSavepoint();
            try {
                Incoming in = check(c, e, false);
                store(c, in);
                PendingQueue.remove(c, m.itemHash());
                return new Imported(m.itemHash(), ProcessingEvents.Kind.PROCESSED, null, null);
            } catch (ProcessingException pe) {
                c.rollback(sp);
                PendingQueue.remove(c, m.itemHash());
                Messages.markRejected(c, m.itemHash(), pe.code().code(), pe.details() == null ? null : Json.compact(pe.details()));
                return new Imported(m.itemHash(), pe.code().retryable() ? ProcessingEvents.Kind.RETRY
                        : ProcessingEvents.Kind.REJECTED, pe.code().code(), pe.details());
            } catch (RuntimeException | IOException ex) {
                c.rollback(sp);
                LOG.warn("internal error while importing {}", m.itemHash(), ex);
                PendingQueue.remove(c, m.itemHash());
                Messages.markRejected(c, m.itemHash(), ErrorCode.INTERNAL_ERROR.code(), null);
                return new Imported(m.itemHash(), ProcessingEvents.Kind.REJECTED, ErrorCode.INTERNAL_ERROR.code(), null);
            }
        });
        if (result.kind() == ProcessingEvents.Kind.PROCESSED) {
            events.fire(new ProcessingEvents.Outcome(m.itemHash(), ProcessingEvents.Kind.PROCESSED, null));
        }
        return result;
    }

    private Incoming check(Connection c, PendingQueue.Entry e) throws SQLException, ProcessingException, IOException {
        return check(c, e, true);
    }

    private Incoming check(Connection c, PendingQueue.Entry e, boolean judgeBalance)
            throws SQLException, ProcessingException, IOException {
        ObjectNode env = Json.parseObject(e.envelopeJson());
        String type = env.path("type").asText();
        String itemType = env.path("item_type").asText();
        if (e.checkSignature()) {
            Signatures.verify(env);
        }
        ObjectNode content = loadContent(c, env, itemType);
        long size = contentSize(c, env, itemType);
        backFill(content, env);
        ArrayNode schemaErrors = ContentSchemas.validate(type, content);
        if (!schemaErrors.isEmpty()) {
            ObjectNode d = Json.object();
            d.set("errors", schemaErrors);
            throw new ProcessingException(ErrorCode.INVALID_FORMAT, d, "invalid content");
        }
        Incoming m = new Incoming(e.itemHash(), type, env.path("chain").asText(), env.path("sender").asText(),
                channel(env), env.get("time").decimalValue(), itemType, env, content, size);
        ContentRules rules = book.rulesFor(type);
        rules.checkPermissions(c, m);
        rules.fetchRelated(c, m);
        if (judgeBalance || !ForgetRules.targetsAllForgotten(c, m)) {
            rules.checkDependencies(c, m);
        }
        rules.checkPermissions(c, m);
        if (judgeBalance) {
            checkBalance(c, m, rules);
        }
        return m;
    }

    private ObjectNode loadContent(Connection c, ObjectNode env, String itemType)
            throws SQLException, ProcessingException, IOException {
        String text;
        if (itemType.equals("inline")) {
            text = env.path("item_content").asText();
        } else {
            String hash = env.path("item_hash").asText();
            Optional<FileTable.FileRow> file = FileTable.file(c, hash);
            if (file.isEmpty() || !fileStore.has(file.get().sha256())) {
                throw ProcessingException.withErrors(ErrorCode.CONTENT_UNAVAILABLE, "Content " + hash + " is not available");
            }
            text = new String(fileStore.read(file.get().sha256()), StandardCharsets.UTF_8);
        }
        try {
            return Json.parseObject(text);
        } catch (MessageFormatException ex) {
            throw ProcessingException.withErrors(ErrorCode.INVALID_FORMAT, "Message content is not valid JSON data");
        }
    }

    private static long contentSize(Connection c, ObjectNode env, String itemType) throws SQLException {
        if (itemType.equals("inline")) {
            return env.path("item_content").asText().length();
        }
        return FileTable.file(c, env.path("item_hash").asText()).map(FileTable.FileRow::size).orElse(0L);
    }

    /** The node fills {@code address} and {@code time} from the envelope when the content lacks them. */
    private static void backFill(ObjectNode content, ObjectNode env) {
        if (!content.has("address")) {
            content.set("address", env.get("sender"));
        }
        if (!content.has("time")) {
            content.set("time", env.get("time"));
        }
    }

    private void checkBalance(Connection c, Incoming m, ContentRules rules) throws SQLException, ProcessingException {
        if (!PRICED.contains(m.type())) {
            return;
        }
        if (CostRules.paymentRefused(m.type(), m.content(), m.timeSeconds())) {
            throw new ProcessingException(ErrorCode.INVALID_PAYMENT_METHOD, null,
                    "payment type " + CostRules.paymentType(m.content()) + " is not accepted at this date");
        }
        if (!balances.checks()) {
            return;
        }
        if (CostRules.freeEra(m.type(), m.content(), m.timeSeconds())) {
            return;
        }
        BigDecimal storeMib = m.type().equals("STORE") ? MessageCosts.storeMib(c, m.content()) : null;
        if (CostRules.smallHoldStore(m.type(), m.content(), m.timeSeconds(), storeMib)) {
            // the reference store handler returns before any balance validation for these (pyaleph store.py)
            return;
        }
        CostRules.Cost cost = MessageCosts.of(c, m.type(), m.content(), false);
        requireFunds(c, m.owner(), cost);
    }

    /**
     * Throws 5 (hold: balance below what is held plus the new cost) or 6 (credit: credits below
     * one day of everything spent per second plus the new cost), with the node's details.
     */
    public void requireFunds(Connection c, String owner, CostRules.Cost cost) throws SQLException, ProcessingException {
        spending.settle(c, owner);
        Balances.Account account = balances.account(c, owner);
        if (cost.paymentType().equals("hold")) {
            BigDecimal required = Balances.lockedHold(c, owner).add(cost.hold());
            if (account.balance().compareTo(required) < 0) {
                ObjectNode e = Json.object();
                e.put("required_balance", required.toPlainString());
                e.put("account_balance", account.balance().toPlainString());
                throw ProcessingException.withErrors(ErrorCode.BALANCE_INSUFFICIENT, e);
            }
        } else if (cost.paymentType().equals("credit")) {
            BigDecimal required = Balances.creditRate(c, owner).add(cost.credit()).multiply(new BigDecimal(86400));
            if (new BigDecimal(account.credits()).compareTo(required) < 0) {
                ObjectNode e = Json.object();
                e.put("required_credits", required.toPlainString());
                e.put("account_credits", String.valueOf(account.credits()));
                e.put("min_runtime_days", 1);
                throw ProcessingException.withErrors(ErrorCode.CREDIT_INSUFFICIENT, e);
            }
        }
    }

    /** Runs {@link #requireFunds} in its own transaction (HTTP pre-checks). */
    public Optional<ProcessingException> fundsProblem(String owner, CostRules.Cost cost) {
        if (!balances.checks() || cost.details().isEmpty()) {
            return Optional.empty();
        }
        return db.tx(c -> {
            try {
                requireFunds(c, owner, cost);
                return Optional.empty();
            } catch (ProcessingException e) {
                return Optional.of(e);
            }
        });
    }

    /** The credit clock: settles what addresses have spent. */
    public CreditSpending spending() {
        return spending;
    }

    private void store(Connection c, Incoming m) throws SQLException {
        ObjectNode content = m.content();
        String contentType = m.type().equals("POST") || m.type().equals("PROGRAM") ? m.text("type") : null;
        String ref = m.type().equals("POST") || m.type().equals("STORE") ? refText(content) : null;
        String key = m.type().equals("AGGREGATE") ? AggregateRules.key(content) : null;
        String contentItemHash = m.type().equals("STORE") ? m.text("item_hash") : null;
        String paymentType = m.type().equals("STORE") || m.type().equals("PROGRAM") || m.type().equals("INSTANCE")
                ? CostRules.paymentType(content) : null;
        Messages.markProcessed(c, m.itemHash(), new Messages.Processed(Json.compact(content), m.owner(), contentType, ref,
                key, contentItemHash, paymentType, tags(m.type(), content), m.size()));
        if (!m.itemType().equals("inline")) {
            FileTable.addContentPin(c, m.itemHash(), m.itemHash(), m.sender(), m.contentTime());
        }
        if (PRICED.contains(m.type())) {
            spending.settle(c, m.owner());
            Balances.setCosts(c, m.itemHash(), MessageCosts.rows(m.itemHash(), m.owner(), MessageCosts.of(c, m.type(), content, false)));
        }
        book.rulesFor(m.type()).process(c, m);
    }

    private static String refText(ObjectNode content) {
        JsonNode ref = content.get("ref");
        if (ref == null || ref.isNull()) {
            return null;
        }
        return ref.isTextual() ? ref.textValue() : ref.path("item_hash").asText(null);
    }

    private static String tags(String type, ObjectNode content) {
        JsonNode tags = switch (type) {
            case "POST", "AGGREGATE" -> content.path("content").path("tags");
            case "STORE" -> content.path("tags");
            case "PROGRAM", "INSTANCE" -> content.path("metadata").path("tags");
            default -> null;
        };
        if (tags == null || !tags.isArray() || tags.isEmpty()) {
            return null;
        }
        ArrayNode out = Json.array();
        tags.forEach(t -> {
            if (t.isTextual()) {
                out.add(t);
            }
        });
        return out.isEmpty() ? null : Json.compact(out);
    }

    /** Deletes files whose grace period ended and that no pin keeps any more. */
    public int collectGarbage() {
        double now = now();
        List<String> deleted = db.tx(c -> {
            List<String> candidates = FileTable.expiredGraceFiles(c, now);
            FileTable.deleteExpiredGracePins(c, now);
            List<String> gone = new ArrayList<>();
            for (String hash : candidates) {
                if (FileTable.countPins(c, hash) == 0) {
                    Optional<FileTable.FileRow> f = FileTable.file(c, hash);
                    FileTable.deleteFile(c, hash);
                    if (f.isPresent() && FileTable.countBySha256(c, f.get().sha256()) == 0) {
                        gone.add(f.get().sha256());
                    }
                }
            }
            return gone;
        });
        for (String sha : deleted) {
            try {
                fileStore.delete(sha);
            } catch (IOException ex) {
                LOG.warn("could not delete collected file {}", sha, ex);
            }
        }
        return deleted.size();
    }
}
