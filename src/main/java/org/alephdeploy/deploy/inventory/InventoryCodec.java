package org.alephdeploy.deploy.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.CanonicalJson;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageVerifier;

/**
 * The cache form of an inventory: its source snapshot as JSON, with each message's envelope
 * exactly as received, so that reading it back re-checks every inline item hash and signature
 * and rebuilds the same inventory (with its fetch time, so an offline view can show its age).
 * Text in, text out: the file itself is written by the caller.
 */
public final class InventoryCodec {
    static final String FORMAT = "aleph-deploy-inventory";
    static final int VERSION = 1;

    private InventoryCodec() {
    }

    public static String toJson(Inventory inventory) {
        return toJson(inventory.source());
    }

    /** The cache form of a snapshot; reading it back builds the inventory again. */
    public static String toJson(NodeSnapshot s) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("network", s.network());
        root.put("address", s.address());
        root.put("fetched_at", s.fetchedAt());
        ArrayNode messages = root.putArray("messages");
        for (ListedMessage m : s.messages()) {
            ObjectNode o = messages.addObject();
            o.put("status", m.status().wire());
            putError(o, m.error());
            o.set("message", m.message().envelope());
        }
        ArrayNode forgotten = root.putArray("forgotten");
        for (ForgottenSkeleton f : s.forgotten()) {
            ObjectNode o = forgotten.addObject();
            o.put("item_hash", f.itemHash());
            o.put("type", f.type());
            o.put("owner", f.owner());
            ArrayNode by = o.putArray("forgotten_by");
            f.forgottenBy().forEach(by::add);
        }
        ArrayNode statuses = root.putArray("status_changes");
        for (StatusChange c : s.statusChanges()) {
            ObjectNode o = statuses.addObject();
            o.put("item_hash", c.itemHash());
            o.put("status", c.status().wire());
            putError(o, c.error());
        }
        ArrayNode files = root.putArray("files");
        for (FileInfo f : s.files().values()) {
            ObjectNode o = files.addObject();
            o.put("file_hash", f.fileHash());
            if (f.size() != null) {
                o.put("size", f.size());
            }
            o.put("on_node", f.onNode());
        }
        ObjectNode grants = root.putObject("authorizations");
        s.authorizations().byOwner().forEach((owner, list) -> {
            ArrayNode a = grants.putArray(owner);
            for (Authorization g : list) {
                ObjectNode o = a.addObject();
                o.put("address", g.delegate());
                if (g.chain() != null) {
                    o.put("chain", g.chain());
                }
                g.channels().forEach(o.withArray("channels")::add);
                g.types().forEach(o.withArray("types")::add);
            }
        });
        return CanonicalJson.write(root);
    }

    /**
     * Reads a cached inventory back and rebuilds it.
     *
     * @throws InventoryCacheException when the text is not a cache of this format or a message
     *     no longer verifies (the cache was altered or truncated): refetch from the node
     */
    public static Inventory fromJson(String json) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (MessageFormatException e) {
            throw new InventoryCacheException("The cached inventory is not valid JSON (" + e.getMessage()
                    + "); refresh the inventory from the node.", e);
        }
        if (!FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw new InventoryCacheException("The file is not an inventory cache of version " + VERSION
                    + "; refresh the inventory from the node.");
        }
        try {
            return Inventory.build(read(root));
        } catch (MessageFormatException | IllegalArgumentException | NullPointerException e) {
            throw new InventoryCacheException("The cached inventory is incomplete (" + e.getMessage()
                    + "); refresh the inventory from the node.", e);
        }
    }

    private static NodeSnapshot read(JsonNode root) {
        List<ListedMessage> messages = new ArrayList<>();
        for (JsonNode o : root.path("messages")) {
            Message m = Message.of(o.get("message"));
            List<String> problems = new ArrayList<>();
            if (Boolean.FALSE.equals(MessageVerifier.checkHash(m, problems))
                    || Boolean.FALSE.equals(MessageVerifier.checkSignature(m, problems))) {
                throw new InventoryCacheException("The cached message " + m.itemHash() + " no longer verifies ("
                        + String.join("; ", problems) + "); refresh the inventory from the node.");
            }
            messages.add(new ListedMessage(m, MessageStatus.parse(o.path("status").asText()), error(o)));
        }
        List<ForgottenSkeleton> forgotten = new ArrayList<>();
        for (JsonNode o : root.path("forgotten")) {
            List<String> by = new ArrayList<>();
            o.path("forgotten_by").forEach(h -> by.add(h.asText()));
            forgotten.add(new ForgottenSkeleton(o.path("item_hash").asText(), o.path("type").asText(),
                    o.path("owner").isTextual() ? o.get("owner").asText() : null, by));
        }
        List<StatusChange> statuses = new ArrayList<>();
        for (JsonNode o : root.path("status_changes")) {
            statuses.add(new StatusChange(o.path("item_hash").asText(), MessageStatus.parse(o.path("status").asText()), error(o)));
        }
        Map<String, FileInfo> files = new LinkedHashMap<>();
        for (JsonNode o : root.path("files")) {
            String hash = o.path("file_hash").asText();
            files.put(hash, new FileInfo(hash, o.path("size").isNumber() ? o.get("size").longValue() : null,
                    o.path("on_node").asBoolean()));
        }
        Map<String, List<Authorization>> grants = new LinkedHashMap<>();
        root.path("authorizations").fields().forEachRemaining(e -> {
            ObjectNode wrapped = Json.object();
            wrapped.set("authorizations", e.getValue());
            grants.put(e.getKey(), Authorization.fromSecurityAggregate(e.getKey(), wrapped));
        });
        return new NodeSnapshot(root.path("network").asText(), root.path("address").asText(),
                root.path("fetched_at").decimalValue(), messages, forgotten, statuses, files, new Authorizations(grants));
    }

    private static void putError(ObjectNode o, Rejection error) {
        if (error != null) {
            ObjectNode e = o.putObject("error");
            e.put("code", error.code());
            if (error.details() != null) {
                e.put("details", error.details());
            }
        }
    }

    private static Rejection error(JsonNode o) {
        JsonNode e = o.get("error");
        if (e == null || !e.isObject()) {
            return null;
        }
        return new Rejection(e.path("code").asInt(), e.path("details").isTextual() ? e.get("details").asText() : null);
    }
}
