package org.alephdeploy.deploy.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.VerificationCheck;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.Message;
import java.time.format.DateTimeParseException;

/**
 * One operation of the journal, rebuilt from its records: the plan, the messages signed for each
 * step (exact envelopes, re-posted as they are on resume), what was posted and uploaded, each
 * finished step's result, backups, the verification and how it ended.
 *
 * <p>Record types (field {@code type}): {@code start} (network, node, address, signer, plan),
 * {@code signed} (step, message), {@code posted} (step, item_hash), {@code upload} (step,
 * file_hash, uploaded), {@code backup} (program, path), {@code step-done} (step, result),
 * {@code stopped} (kind, words, step, error_code), {@code resumed}, {@code verified} (ok, checks),
 * {@code done}, {@code abandoned} (words).
 */
public final class Operation {
    public static final String START = "start";
    public static final String SIGNED = "signed";
    public static final String POSTED = "posted";
    public static final String UPLOAD = "upload";
    public static final String BACKUP = "backup";
    public static final String STEP_DONE = "step-done";
    public static final String STOPPED = "stopped";
    public static final String RESUMED = "resumed";
    public static final String VERIFIED = "verified";
    public static final String DONE = "done";
    public static final String ABANDONED = "abandoned";

    /** Why a run stopped early. */
    public enum StopKind { REJECTED, UNREACHABLE, CANCELLED, TIMEOUT, ERROR }

    private final String id;
    private final List<ObjectNode> records;
    private String network;
    private String node;
    private String address;
    private String signer;
    private Plan plan;
    private final Map<Integer, Message> signed = new TreeMap<>();
    private final Set<Integer> posted = new LinkedHashSet<>();
    private final Map<Integer, String> uploads = new TreeMap<>();
    private final Map<Integer, String> results = new TreeMap<>();
    private final Set<Integer> doneSteps = new LinkedHashSet<>();
    private final Map<String, String> backups = new LinkedHashMap<>();
    private final List<VerificationCheck> checks = new ArrayList<>();
    private Boolean verified;
    private StopKind stopKind;
    private String stopWords;
    private Integer stopStep;
    private Integer errorCode;
    private boolean done;
    private boolean abandoned;
    private String abandonWords;
    private Instant started;
    private Instant updated;

    private Operation(String id, List<ObjectNode> records) {
        this.id = id;
        this.records = List.copyOf(records);
    }

    /** Replays the records of operation {@code id}; a journal without a start record is damaged. */
    public static Operation replay(String id, List<ObjectNode> records) {
        Operation op = new Operation(id, records);
        for (ObjectNode r : records) {
            op.apply(r);
        }
        if (op.plan == null) {
            throw new IllegalStateException("journal " + id + " has no start record; it cannot be shown or resumed");
        }
        return op;
    }

    private void apply(ObjectNode r) {
        Instant at = parseInstant(r.path("at").asText(null));
        if (at != null) {
            updated = at;
        }
        int step = r.path("step").asInt(-1);
        switch (r.path("type").asText()) {
            case START -> {
                network = r.path("network").asText();
                node = r.path("node").asText(null);
                address = r.path("address").asText();
                signer = r.path("signer").asText();
                plan = PlanCodec.decode(r.get("plan"));
                started = at;
            }
            case SIGNED -> signed.put(step, Message.of(r.get("message")));
            case POSTED -> posted.add(step);
            case UPLOAD -> uploads.put(step, r.path("file_hash").asText());
            case BACKUP -> backups.put(r.path("program").asText(), r.path("path").asText());
            case STEP_DONE -> {
                doneSteps.add(step);
                if (r.hasNonNull("result")) {
                    results.put(step, r.get("result").asText());
                }
            }
            case STOPPED -> {
                stopKind = StopKind.valueOf(r.path("kind").asText());
                stopWords = r.path("words").asText();
                stopStep = step >= 0 ? step : null;
                errorCode = r.hasNonNull("error_code") ? r.get("error_code").asInt() : null;
            }
            case RESUMED -> {
                stopKind = null;
                stopWords = null;
                stopStep = null;
                errorCode = null;
                verified = null;
                checks.clear();
            }
            case VERIFIED -> {
                verified = r.path("ok").asBoolean();
                checks.clear();
                for (JsonNode c : r.path("checks")) {
                    checks.add(new VerificationCheck(c.path("ok").asBoolean(), c.path("words").asText()));
                }
            }
            case DONE -> done = true;
            case ABANDONED -> {
                abandoned = true;
                abandonWords = r.path("words").asText(null);
            }
            default -> {
                // a record type from a newer version: kept in the file, not needed to resume
            }
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The status from the records alone (a crashed run and a running one look the same: interrupted). */
    public OperationStatus status() {
        if (abandoned) {
            return OperationStatus.ABANDONED;
        }
        if (done) {
            return OperationStatus.DONE;
        }
        if (Boolean.FALSE.equals(verified) || stopKind == StopKind.REJECTED || stopKind == StopKind.ERROR) {
            return OperationStatus.FAILED;
        }
        return OperationStatus.INTERRUPTED;
    }

    public String id() {
        return id;
    }

    public List<ObjectNode> records() {
        return records;
    }

    public String network() {
        return network;
    }

    public String node() {
        return node;
    }

    /** The address whose inventory the plan was made for. */
    public String address() {
        return address;
    }

    /** The address that signs this operation's messages. */
    public String signer() {
        return signer;
    }

    public Plan plan() {
        return plan;
    }

    public Map<Integer, Message> signed() {
        return Collections.unmodifiableMap(signed);
    }

    public boolean posted(int step) {
        return posted.contains(step);
    }

    public Map<Integer, String> uploads() {
        return Collections.unmodifiableMap(uploads);
    }

    /** Each finished step's result (an item hash or a file hash); steps without a result are absent. */
    public Map<Integer, String> results() {
        return Collections.unmodifiableMap(results);
    }

    public boolean stepDone(int step) {
        return doneSteps.contains(step);
    }

    public int stepsDone() {
        return doneSteps.size();
    }

    /** The first step not finished yet, or the step count when all are. */
    public int nextStep() {
        for (Step s : plan.steps()) {
            if (!doneSteps.contains(s.index())) {
                return s.index();
            }
        }
        return plan.steps().size();
    }

    /** Backups written: program hash → file. */
    public Map<String, String> backups() {
        return Collections.unmodifiableMap(backups);
    }

    public List<VerificationCheck> checks() {
        return List.copyOf(checks);
    }

    public Boolean verified() {
        return verified;
    }

    public StopKind stopKind() {
        return stopKind;
    }

    public String stopWords() {
        return stopWords;
    }

    public Integer stopStep() {
        return stopStep;
    }

    public Integer errorCode() {
        return errorCode;
    }

    public String abandonWords() {
        return abandonWords;
    }

    public Instant started() {
        return started;
    }

    public Instant updated() {
        return updated;
    }

    /** The greatest content time signed so far, or null: times must keep increasing on resume. */
    public BigDecimal lastSignedTime() {
        BigDecimal max = null;
        for (Message m : signed.values()) {
            BigDecimal t = m.content().path("time").decimalValue();
            if (max == null || t.compareTo(max) > 0) {
                max = t;
            }
        }
        return max;
    }
}
