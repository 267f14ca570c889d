package org.alephdeploy.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A message envelope as received or as signed, held compactly: the wire fields as strings (a
 * time, or a SOL signature object, as its small JSON value), the exact {@code item_content}
 * string, and the envelope's other keys as they came. The node's parsed {@code content} copy of an
 * inline message is not kept: it repeats {@code item_content}, which is what is hashed and read.
 * A non-inline message keeps it (it is the only content there is). Nothing is ever re-serialised
 * to check it.
 */
public final class Message {
    /** Other-key texts up to this length are interned: {@code {"confirmed":false,"confirmations":[]}} on every listed message. */
    private static final int SHARED_REST = 64;
    private static final ObjectWriter WRITER = Json.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private final String chain;
    private final String sender;
    private final String type;
    private final String itemHash;
    private final String channel;
    private final String itemType;
    private final String itemContent;
    private final JsonNode time;
    private final JsonNode signature;
    /** Bit i: wire key i was sent as JSON null. */
    private final int nulls;
    /** A non-inline message's {@code content} as the node attached it (a compact read-only tree), else null. */
    private final ObjectNode nodeContent;
    /** The envelope's other keys (node-generated or unknown) as one compact JSON object text, or null when there are none. */
    private final String rest;
    /** The parsed content, kept for every type but STORE (whose few fields the inventory copies once). */
    private volatile ObjectNode parsedContent;
    private volatile String owner;

    Message(EnvelopeFields f) {
        this.chain = f.chain;
        this.sender = f.sender;
        this.type = f.type;
        this.itemHash = f.itemHash;
        this.channel = f.channel;
        this.itemType = f.itemType;
        this.itemContent = f.itemContent;
        this.time = f.time;
        this.signature = f.signature;
        this.nulls = f.nulls;
        this.nodeContent = f.nodeContent == null ? null : CompactTree.of((ObjectNode) f.nodeContent);
        this.rest = f.rest == null ? null : restText(f.rest);
    }

    /** Wraps an envelope; checks only that the fields every message needs are present. */
    public static Message of(JsonNode envelope) {
        if (envelope == null || !envelope.isObject()) {
            throw new MessageFormatException("a message must be a JSON object");
        }
        return EnvelopeFields.of((ObjectNode) envelope).build();
    }

    /**
     * Reads the envelope object the parser stands on (its START_OBJECT token) without building a
     * tree of it, leaving the parser on its END_OBJECT; an inline message's {@code content} copy
     * is skipped unread when it comes after {@code item_content}.
     */
    public static Message read(JsonParser parser) throws IOException {
        return EnvelopeFields.read(parser).build();
    }

    public static Message parse(String json) {
        return of(Json.parse(json));
    }

    public String chain() {
        return chain;
    }

    public String sender() {
        return sender;
    }

    /** The type as written on the wire, even if this client does not know it. */
    public String typeName() {
        return type;
    }

    public MessageType type() {
        return MessageType.fromWire(typeName());
    }

    public String channel() {
        if (channel != null) {
            return channel;
        }
        JsonNode c = rest == null ? null : restTree().get("channel");
        return c == null || c.isNull() ? null : c.asText();
    }

    /** Envelope time as the exact decimal sent, or null when it is absent, not a number or not a sane time ({@link Times#sane}). */
    public BigDecimal time() {
        JsonNode t = time;
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
        if (itemType != null) {
            return ItemType.fromWire(itemType);
        }
        if (itemContent() != null) {
            return ItemType.INLINE;
        }
        return ItemHashes.lenientShape(itemHash())
                .orElseThrow(() -> new MessageFormatException("cannot infer item_type from item_hash"));
    }

    /** The {@code item_type} as written, or null when the envelope leaves it to be inferred. */
    String declaredItemType() {
        return itemType;
    }

    /** The exact content string for inline messages, else null. */
    public String itemContent() {
        return itemContent;
    }

    public String itemHash() {
        return itemHash;
    }

    /** The signature field as text (a SOL signature stored as an object is returned as its JSON). */
    public String signature() {
        JsonNode s = signature;
        if (s == null) {
            return null;
        }
        return s.isTextual() ? s.textValue() : CanonicalJson.write(s);
    }

    public JsonNode signatureNode() {
        return signature != null ? signature : nulls(EnvelopeFields.SIGNATURE) ? Json.NODES.nullNode() : null;
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

    /**
     * The content as a typed read-only {@link StoreContent} view. A STORE's content is parsed
     * again on each call (it is not kept: the inventory reads its few fields once).
     */
    public StoreContent storeContent() {
        return new StoreContent(sharedContent());
    }

    /** The parsed content object itself (never handed out: callers get copies or read-only views). */
    private ObjectNode sharedContent() {
        ObjectNode c = parsedContent;
        if (c == null) {
            if (itemContent != null) {
                c = Json.parseObject(itemContent);
            } else if (nodeContent != null) {
                return nodeContent;
            } else {
                return null;
            }
            if (!"STORE".equals(type)) {
                c = CompactTree.of(c);
                parsedContent = c;
            }
        }
        return c;
    }

    /** The content's owner ({@code content.address}), or the sender when content is absent. */
    public String owner() {
        String o = owner;
        if (o == null) {
            if (parsedContent == null && itemContent != null && "STORE".equals(type)) {
                String address = ContentOwner.read(itemContent);
                o = address != null ? address.intern() : sender();
            } else {
                ObjectNode c = parsedContentOrNull();
                o = c != null && c.path("address").isTextual() ? c.get("address").textValue().intern() : sender();
            }
            owner = o;
        }
        return o;
    }

    private ObjectNode parsedContentOrNull() {
        try {
            return sharedContent();
        } catch (MessageFormatException e) {
            return null;
        }
    }

    /**
     * Writes the envelope to {@code out}: every wire key received (JSON nulls included), then the
     * other keys as they came. Only an inline message's {@code content} copy is left out (see the
     * class comment); key order is the SDK's, not necessarily the one received.
     */
    public void writeEnvelope(JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (int i = 0; i < EnvelopeFields.WIRE_KEYS.length; i++) {
            String key = EnvelopeFields.WIRE_KEYS[i];
            String text = text(i);
            JsonNode node = i == EnvelopeFields.TIME ? time : i == EnvelopeFields.SIGNATURE ? signature : null;
            if (text != null) {
                out.writeStringField(key, text);
            } else if (node != null) {
                out.writeFieldName(key);
                WRITER.writeValue(out, node);
            } else if (nulls(i)) {
                out.writeNullField(key);
            }
        }
        if (nodeContent != null) {
            out.writeFieldName("content");
            WRITER.writeValue(out, nodeContent);
        }
        if (rest != null) {
            try (JsonParser p = Json.MAPPER.getFactory().createParser(rest)) {
                p.nextToken();
                for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                    out.writeFieldName(key);
                    p.nextToken();
                    out.copyCurrentStructureExact(p);
                }
            }
        }
        out.writeEndObject();
    }

    /** The envelope as {@link #writeEnvelope} writes it (a new tree on each call). */
    public ObjectNode envelope() {
        ObjectNode out = Json.object();
        for (int i = 0; i < EnvelopeFields.WIRE_KEYS.length; i++) {
            JsonNode v = field(i);
            if (v != null) {
                out.set(EnvelopeFields.WIRE_KEYS[i], v);
            }
        }
        if (nodeContent != null) {
            out.set("content", nodeContent.deepCopy());
        }
        if (rest != null) {
            out.setAll(restTree());
        }
        return out;
    }

    /** The other keys as one compact text; a short one (the same few node flags on every message) is shared. */
    private static String restText(ObjectNode rest) {
        String text = Json.compact(rest);
        return text.length() <= SHARED_REST ? text.intern() : text;
    }

    /** The other keys, parsed again (a new tree on each call: they are seldom read). */
    private ObjectNode restTree() {
        return Json.parseObject(rest);
    }

    /** The text of wire key {@code i} when it is held as a string, else null. */
    private String text(int i) {
        return switch (i) {
            case EnvelopeFields.CHAIN -> chain;
            case EnvelopeFields.SENDER -> sender;
            case EnvelopeFields.TYPE -> type;
            case EnvelopeFields.CHANNEL -> channel;
            case EnvelopeFields.ITEM_TYPE -> itemType;
            case EnvelopeFields.ITEM_CONTENT -> itemContent;
            case EnvelopeFields.ITEM_HASH -> itemHash;
            default -> null;
        };
    }

    /** Wire key {@code i} as a (new) JSON value, a JSON null when it was sent so, or null when absent. */
    private JsonNode field(int i) {
        String text = text(i);
        if (text != null) {
            return Json.NODES.textNode(text);
        }
        JsonNode node = i == EnvelopeFields.TIME ? time : i == EnvelopeFields.SIGNATURE ? signature : null;
        if (node != null) {
            return node.deepCopy();
        }
        return nulls(i) ? Json.NODES.nullNode() : null;
    }

    private boolean nulls(int i) {
        return (nulls & (1 << i)) != 0;
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
        for (int i = 0; i < EnvelopeFields.WIRE_KEYS.length; i++) {
            String key = EnvelopeFields.WIRE_KEYS[i];
            JsonNode v = field(i);
            if (v == null && rest != null && restTree().has(key)) {
                v = restTree().get(key);
            }
            if (v == null || (v.isNull() && !key.equals("channel"))) {
                continue;
            }
            if (key.equals("time") && v.isTextual() && Times.parseIso(v.textValue()) != null) {
                out.put(key, Times.parseIso(v.textValue()));
            } else if (key.equals("signature") && v.isObject()) {
                out.put(key, CanonicalJson.write(v));
            } else {
                out.set(key, v);
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
