package org.alephdeploy.deploy.inventory;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageStatus;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(s, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Streams the cache form of a snapshot to {@code out} (UTF-8), message by message: no document
     * tree and no copies of the envelopes are built, whatever the size of the inventory.
     */
    public static void write(NodeSnapshot s, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("network", s.network());
            g.writeStringField("address", s.address());
            g.writeNumberField("fetched_at", s.fetchedAt());
            g.writeArrayFieldStart("messages");
            for (ListedMessage m : s.messages()) {
                g.writeStartObject();
                g.writeStringField("status", m.status().wire());
                writeError(g, m.error());
                if (m.reason() != null) {
                    g.writeStringField("reason", m.reason());
                }
                g.writeFieldName("message");
                m.message().writeEnvelope(g);
                if (!m.verifies()) {
                    strings(g, "problems", m.problems());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("forgotten");
            for (ForgottenSkeleton f : s.forgotten()) {
                g.writeStartObject();
                g.writeStringField("item_hash", f.itemHash());
                g.writeStringField("type", f.type());
                g.writeStringField("owner", f.owner());
                strings(g, "forgotten_by", f.forgottenBy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("status_changes");
            for (StatusChange c : s.statusChanges()) {
                g.writeStartObject();
                g.writeStringField("item_hash", c.itemHash());
                g.writeStringField("status", c.status().wire());
                writeError(g, c.error());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("files");
            for (FileInfo f : s.files().values()) {
                g.writeStartObject();
                g.writeStringField("file_hash", f.fileHash());
                if (f.size() != null) {
                    g.writeNumberField("size", f.size());
                }
                g.writeBooleanField("on_node", f.onNode());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("authorizations");
            for (Map.Entry<String, List<Authorization>> e : s.authorizations().byOwner().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (Authorization a : e.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("address", a.delegate());
                    if (a.chain() != null) {
                        g.writeStringField("chain", a.chain());
                    }
                    if (!a.channels().isEmpty()) {
                        strings(g, "channels", a.channels());
                    }
                    if (!a.types().isEmpty()) {
                        strings(g, "types", a.types());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeError(JsonGenerator g, Rejection error) throws IOException {
        if (error != null) {
            g.writeObjectFieldStart("error");
            g.writeNumberField("code", error.code());
            if (error.details() != null) {
                g.writeStringField("details", error.details());
            }
            g.writeEndObject();
        }
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
            List<String> flagged = new ArrayList<>();
            o.path("problems").forEach(p -> flagged.add(p.asText()));
            List<String> problems = MessageChecks.problems(m);
            if (flagged.isEmpty() && !problems.isEmpty()) {
                throw new InventoryCacheException("The cached message " + m.itemHash() + " no longer verifies ("
                        + String.join("; ", problems) + "); refresh the inventory from the node.");
            }
            messages.add(new ListedMessage(m, MessageStatus.parse(o.path("status").asText()), error(o),
                    problems.isEmpty() ? flagged : problems, o.path("reason").asText(null)));
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

    private static Rejection error(JsonNode o) {
        JsonNode e = o.get("error");
        if (e == null || !e.isObject()) {
            return null;
        }
        return new Rejection(e.path("code").asInt(), e.path("details").isTextual() ? e.get("details").asText() : null);
    }
}
