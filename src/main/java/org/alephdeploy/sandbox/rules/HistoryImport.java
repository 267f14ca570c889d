package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.ImportedHistory;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;

/**
 * The sandbox's own import of signed history (docs/sandbox.md, "Importing signed history"): the
 * accounts' balances as the source node reports them, skeletons of the messages forgotten there,
 * then the messages in the order given, each checked like any other but without re-judging
 * balances ({@link MessagePipeline#importSigned}). Messages waiting on another one of the batch
 * (a revision before its root, a file) are tried again after the others. A skeleton stays only
 * when a processed FORGET named in its {@code forgotten_by} lists it and may forget it.
 */
public final class HistoryImport {
    private static final int MAX_PASSES = 3;

    private final Database db;
    private final MessagePipeline pipeline;

    public HistoryImport(Database db, MessagePipeline pipeline) {
        this.db = db;
        this.pipeline = pipeline;
    }

    /** Why a request body cannot be imported. */
    public static final class BadImport extends Exception {
        public BadImport(String why) {
            super(why);
        }
    }

    /** Imports {@code body} ({@code accounts}, {@code forgotten}, {@code messages}) and answers what happened. */
    public ObjectNode run(JsonNode body) throws BadImport {
        if (body == null || !body.isObject()) {
            throw new BadImport("The import body must be a JSON object with messages, forgotten and accounts arrays.");
        }
        ObjectNode out = Json.object();
        ArrayNode rejected = Json.array();
        out.put("accounts", accounts(body.path("accounts")));
        List<String> skeletons = skeletons(body.path("forgotten"), rejected);
        int[] counts = messages(body.path("messages"), rejected);
        int kept = vouch(skeletons, rejected);
        out.put("processed", counts[0]);
        out.put("already", counts[1]);
        out.put("forgotten", kept);
        out.set("rejected", rejected);
        return out;
    }

    private int accounts(JsonNode list) throws BadImport {
        int n = 0;
        double now = pipeline.now();
        for (JsonNode a : list) {
            String address = a.path("address").asText("");
            if (address.isEmpty()) {
                throw new BadImport("Each account needs an address.");
            }
            BigDecimal balance;
            long credits;
            try {
                balance = new BigDecimal(a.path("balance").asText("0"));
                credits = a.path("credits").asLong(0);
            } catch (NumberFormatException e) {
                throw new BadImport("The balance of " + address + " is not a number.");
            }
            db.tx(c -> {
                ImportedHistory.setAccount(c, address, balance, credits, now);
                return null;
            });
            n++;
        }
        return n;
    }

    private List<String> skeletons(JsonNode list, ArrayNode rejected) {
        List<String> inserted = new ArrayList<>();
        double now = pipeline.now();
        for (JsonNode f : list) {
            String hash = f.path("item_hash").asText("");
            ObjectNode env = Json.object();
            for (String k : new String[] {"chain", "sender", "type", "item_hash", "signature", "channel"}) {
                env.set(k, f.get(k));
            }
            env.put("item_type", "storage");
            env.put("time", f.path("time").decimalValue());
            if (!ItemHashes.isItemHash(hash) || !Signatures.valid(env)) {
                rejected.addObject().put("item_hash", hash).put("error_code", ErrorCode.INVALID_SIGNATURE.code())
                        .put("details", "The forgotten message's signature does not verify over its chain, sender, type "
                                + "and hash.");
                continue;
            }
            env.put("item_type", f.path("item_type").asText("inline"));
            ImportedHistory.Skeleton s = new ImportedHistory.Skeleton(hash, f.path("type").asText(), f.path("chain").asText(),
                    f.path("sender").asText(), f.path("channel").isTextual() ? f.path("channel").asText() : null,
                    f.path("time").asDouble(), f.path("item_type").asText("inline"), Json.compact(env),
                    f.path("owner").asText(f.path("sender").asText()), f.path("payment_type").asText(null),
                    f.path("size").isNumber() ? f.path("size").asLong() : null, Json.compact(f.path("forgotten_by")),
                    f.path("forgotten_at").asDouble(now));
            if (db.tx(c -> ImportedHistory.insertSkeleton(c, s, now))) {
                inserted.add(hash);
            }
        }
        return inserted;
    }

    /** Imports the messages in order, then again those that waited on others; returns {processed, already}. */
    private int[] messages(JsonNode list, ArrayNode rejected) {
        int processed = 0;
        int already = 0;
        List<EnvelopeCheck.Checked> todo = new ArrayList<>();
        for (JsonNode m : list) {
            String hash = m.path("item_hash").asText("");
            Optional<MessageRow> known = db.tx(c -> Messages.get(c, hash));
            if (known.isPresent() && !known.get().is(MessageRow.REJECTED) && !known.get().is(MessageRow.PENDING)) {
                // already here (e.g. the seeded runtime, which is not a signed message): nothing to judge again
                already++;
                continue;
            }
            try {
                todo.add(EnvelopeCheck.check(m));
            } catch (EnvelopeCheck.Invalid e) {
                rejected.addObject().put("item_hash", m.path("item_hash").asText("")).put("error_code", -1)
                        .put("details", e.getMessage());
            }
        }
        Map<String, MessagePipeline.Imported> lastFailure = new LinkedHashMap<>();
        for (int pass = 0; pass < MAX_PASSES && !todo.isEmpty(); pass++) {
            List<EnvelopeCheck.Checked> again = new ArrayList<>();
            for (EnvelopeCheck.Checked m : todo) {
                MessagePipeline.Imported r = pipeline.importSigned(m);
                if (r.kind() == null) {
                    already++;
                } else if (r.kind() == ProcessingEvents.Kind.PROCESSED) {
                    processed++;
                    lastFailure.remove(m.itemHash());
                } else {
                    lastFailure.put(m.itemHash(), r);
                    if (r.kind() == ProcessingEvents.Kind.RETRY) {
                        again.add(m);
                    }
                }
            }
            if (again.size() == todo.size()) {
                break;
            }
            todo = again;
        }
        lastFailure.values().forEach(r -> {
            ObjectNode o = rejected.addObject().put("item_hash", r.itemHash()).put("error_code", r.errorCode());
            o.set("details", r.details());
        });
        return new int[] {processed, already};
    }

    /** Keeps the skeletons a processed FORGET vouches for; returns how many stay. */
    private int vouch(List<String> skeletons, ArrayNode rejected) {
        int kept = 0;
        for (String hash : skeletons) {
            boolean ok = db.tx(c -> {
                Optional<MessageRow> row = Messages.get(c, hash);
                if (row.isEmpty() || row.get().forgottenBy() == null) {
                    return false;
                }
                for (JsonNode by : row.get().forgottenBy()) {
                    Optional<MessageRow> forget = Messages.get(c, by.asText());
                    if (forget.isEmpty() || !forget.get().is(MessageRow.PROCESSED) || !forget.get().type().equals("FORGET")) {
                        continue;
                    }
                    boolean lists = false;
                    for (JsonNode h : forget.get().content().path("hashes")) {
                        lists |= h.asText().equals(hash);
                    }
                    Permissions.Action action = new Permissions.Action(row.get().chain(), row.get().channel(),
                            row.get().type(), null, null);
                    if (lists && Permissions.allowed(c, forget.get().owner(), row.get().owner(), action)) {
                        return true;
                    }
                }
                ImportedHistory.deleteSkeleton(c, hash);
                return false;
            });
            if (ok) {
                kept++;
            } else {
                rejected.addObject().put("item_hash", hash).put("error_code", ErrorCode.FORGET_TARGET_NOT_FOUND.code())
                        .put("details", "No imported FORGET that may forget this message lists it, so its forgotten "
                                + "skeleton was not kept.");
            }
        }
        return kept;
    }
}
