package org.alephdeploy.message;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A message envelope exactly as received or as signed. It keeps the envelope JSON it came from
 * (unknown and node-generated keys included) and the exact {@code item_content} string; nothing
 * is ever re-serialised to check it.
 */
public final class Message {
    private static final String[] WIRE_KEYS = {
        "chain", "sender", "type", "channel", "time", "item_type", "item_content", "item_hash", "signature"
    };

    private final ObjectNode envelope;
    private volatile ObjectNode parsedContent;

    private Message(ObjectNode envelope) {
        this.envelope = envelope;
    }

    /** Wraps an envelope; checks only that the fields every message needs are present. */
    public static Message of(JsonNode envelope) {
        if (envelope == null || !envelope.isObject()) {
            throw new MessageFormatException("a message must be a JSON object");
        }
        return adopt(((ObjectNode) envelope).deepCopy());
    }

    /**
     * Like {@link #of}, for an envelope just parsed that the caller hands over and never touches
     * again (a listing page's items): it is kept as it is, not copied.
     */
    public static Message adopt(JsonNode envelope) {
        if (envelope == null || !envelope.isObject()) {
            throw new MessageFormatException("a message must be a JSON object");
        }
        ObjectNode copy = (ObjectNode) envelope;
        for (String key : new String[] {"chain", "sender", "type"}) {
            if (!copy.path(key).isTextual()) {
                throw new MessageFormatException("the message has no '" + key + "'");
            }
        }
        if (!copy.path("item_hash").isTextual()) {
            throw new MessageFormatException("the message has no 'item_hash'");
        }
        JsonNode content = copy.get("item_content");
        if (content != null && !content.isNull() && !content.isTextual()) {
            throw new MessageFormatException("'item_content' must be a string");
        }
        return new Message(copy);
    }

    public static Message parse(String json) {
        return of(Json.parse(json));
    }

    public String chain() {
        return envelope.path("chain").asText();
    }

    public String sender() {
        return envelope.path("sender").asText();
    }

    /** The type as written on the wire, even if this client does not know it. */
    public String typeName() {
        return envelope.path("type").asText();
    }

    public MessageType type() {
        return MessageType.fromWire(typeName());
    }

    public String channel() {
        JsonNode c = envelope.get("channel");
        return c == null || c.isNull() ? null : c.asText();
    }

    /** Envelope time as the exact decimal sent, or null when it is absent, not a number or not a sane time ({@link Times#sane}). */
    public BigDecimal time() {
        JsonNode t = envelope.get("time");
        if (t != null && t.isNumber()) {
            return Times.sane(t.decimalValue());
        }
        if (t != null && t.isTextual()) {
            return Times.parseIso(t.textValue());
        }
        return null;
    }

    /** The declared item type, or the one the node infers (P-1.1). */
    public ItemType itemType() {
        JsonNode t = envelope.get("item_type");
        if (t != null && t.isTextual()) {
            return ItemType.fromWire(t.textValue());
        }
        if (itemContent() != null) {
            return ItemType.INLINE;
        }
        return ItemHashes.lenientShape(itemHash())
                .orElseThrow(() -> new MessageFormatException("cannot infer item_type from item_hash"));
    }

    /** The {@code item_type} as written, or null when the envelope leaves it to be inferred. */
    String declaredItemType() {
        JsonNode t = envelope.get("item_type");
        return t != null && t.isTextual() ? t.textValue() : null;
    }

    /** The exact content string for inline messages, else null. */
    public String itemContent() {
        JsonNode c = envelope.get("item_content");
        return c == null || c.isNull() ? null : c.textValue();
    }

    public String itemHash() {
        return envelope.path("item_hash").asText();
    }

    /** The signature field as text (a SOL signature stored as an object is returned as its JSON). */
    public String signature() {
        JsonNode s = envelope.get("signature");
        if (s == null || s.isNull()) {
            return null;
        }
        return s.isTextual() ? s.textValue() : CanonicalJson.write(s);
    }

    public JsonNode signatureNode() {
        return envelope.get("signature");
    }

    /**
     * The content: parsed from {@code item_content} for inline messages, otherwise the
     * {@code content} object a node attached, otherwise null. Callers get a copy.
     */
    public ObjectNode content() {
        ObjectNode c = sharedContent();
        return c == null ? null : c.deepCopy();
    }

    /**
     * The content as a typed read-only {@link ProgramContent} view, sharing this message's parsed
     * content (no copy: {@link Content} never changes its object).
     */
    public ProgramContent programContent() {
        return new ProgramContent(sharedContent());
    }

    /** The content as a typed read-only {@link StoreContent} view, like {@link #programContent()}. */
    public StoreContent storeContent() {
        return new StoreContent(sharedContent());
    }

    /** The parsed content object itself (never handed out: callers get copies or read-only views). */
    private ObjectNode sharedContent() {
        ObjectNode c = parsedContent;
        if (c == null) {
            String text = itemContent();
            if (text != null) {
                c = Json.parseObject(text);
            } else if (envelope.path("content").isObject()) {
                c = (ObjectNode) envelope.get("content");
            } else {
                return null;
            }
            parsedContent = c;
        }
        return c;
    }

    /** The content's owner ({@code content.address}), or the sender when content is absent. */
    public String owner() {
        ObjectNode c = parsedContentOrNull();
        if (c != null && c.path("address").isTextual()) {
            return c.get("address").textValue();
        }
        return sender();
    }

    private ObjectNode parsedContentOrNull() {
        try {
            return sharedContent();
        } catch (MessageFormatException e) {
            return null;
        }
    }

    /**
     * Writes the whole envelope as received to {@code out} (no copy is made; nothing is read or
     * written but the generator's own buffer or stream).
     */
    public void writeEnvelope(JsonGenerator out) throws IOException {
        Json.MAPPER.writeTree(out, envelope);
    }

    /** The whole envelope as received (a copy). */
    public ObjectNode envelope() {
        return envelope.deepCopy();
    }

    /**
     * Only the fields a client sends to {@code POST /api/v0/messages}, in the SDK's order. A null
     * {@code channel} is kept (the node accepts it, and it is what was signed for); other nulls are
     * dropped. Two shapes that nodes print but do not accept are turned into their wire form (neither
     * is covered by the signature): an ISO {@code time} becomes Unix seconds, and a SOL signature
     * stored as an object becomes its JSON string.
     */
    public ObjectNode toWire() {
        ObjectNode out = Json.object();
        for (String key : WIRE_KEYS) {
            JsonNode v = envelope.get(key);
            if (v == null || (v.isNull() && !key.equals("channel"))) {
                continue;
            }
            if (key.equals("time") && v.isTextual() && Times.parseIso(v.textValue()) != null) {
                out.put(key, Times.parseIso(v.textValue()));
            } else if (key.equals("signature") && v.isObject()) {
                out.put(key, CanonicalJson.write(v));
            } else {
                out.set(key, v.deepCopy());
            }
        }
        return out;
    }

    public String toWireJson() {
        return CanonicalJson.write(toWire());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.itemHash().equals(itemHash()) && Objects.equals(m.signature(), signature());
    }

    @Override
    public int hashCode() {
        return itemHash().hashCode();
    }

    @Override
    public String toString() {
        return typeName() + " " + itemHash();
    }
}
