package org.alephdeploy.message;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The keys of one envelope as they are read (from a tree or straight from a parser), before they
 * become a {@link Message}: the wire fields as strings or small scalar nodes, the node's
 * {@code content} copy, and every other key as it came.
 */
final class EnvelopeFields {
    /** The wire keys in the SDK's order; a message keeps, per key, whether it was sent as JSON null. */
    static final String[] WIRE_KEYS = {
        "chain", "sender", "type", "channel", "time", "item_type", "item_content", "item_hash", "signature"
    };
    static final int CHAIN = 0;
    static final int SENDER = 1;
    static final int TYPE = 2;
    static final int CHANNEL = 3;
    static final int TIME = 4;
    static final int ITEM_TYPE = 5;
    static final int ITEM_CONTENT = 6;
    static final int ITEM_HASH = 7;
    static final int SIGNATURE = 8;

    String chain;
    String sender;
    String type;
    String itemHash;
    String channel;
    String itemType;
    String itemContent;
    JsonNode time;
    JsonNode signature;
    JsonNode nodeContent;
    int nulls;
    ObjectNode rest;
    private boolean badItemContent;
    /** The document holding a {@code content} object read before {@code item_content} could be, and where it starts. */
    private byte[] deferredContent;
    private int deferredFrom;

    /** Reads the envelope object the parser stands on (its START_OBJECT), leaving it on the END_OBJECT. */
    static EnvelopeFields read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new MessageFormatException("a message must be a JSON object");
        }
        EnvelopeFields f = new EnvelopeFields();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            if (token == JsonToken.VALUE_STRING && f.takesText(key)) {
                f.text(key, p.getText());
            } else if (token == JsonToken.VALUE_NULL) {
                f.put(key, Json.NODES.nullNode());
            } else if (key.equals("content") && f.itemContent != null) {
                // the node's parsed copy of an inline content: item_content is what counts
                p.skipChildren();
            } else if (key.equals("content") && token == JsonToken.START_OBJECT) {
                f.deferContent(p);
            } else {
                f.put(key, value(p, token));
            }
        }
        f.readDeferredContent();
        return f;
    }

    /** Reads the {@code content} object {@link #deferContent} skipped, when no {@code item_content} came after it. */
    private void readDeferredContent() throws IOException {
        if (itemContent == null && deferredContent != null) {
            try (JsonParser again = Json.MAPPER.getFactory().createParser(deferredContent, deferredFrom,
                    deferredContent.length - deferredFrom)) {
                again.nextToken();
                nodeContent = Json.IN_STREAM.readTree(again);
            }
        }
        deferredContent = null;
    }

    /**
     * The value the parser stands on: booleans, strings, numbers (but integers beyond a long) and
     * arrays of such values built at once (a listed message's {@code time}, {@code confirmed},
     * {@code size} and {@code confirmations} are), anything else read as a tree, with the same
     * nodes either way.
     */
    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_TRUE, VALUE_FALSE:
                return Json.NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_STRING:
                return Json.NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return Json.NODES.numberNode(p.getIntValue());
                }
                if (p.getNumberType() == JsonParser.NumberType.LONG) {
                    return Json.NODES.numberNode(p.getLongValue());
                }
                return Json.IN_STREAM.readTree(p);
            case VALUE_NUMBER_FLOAT:
                // what the mapper builds too (USE_BIG_DECIMAL_FOR_FLOATS, exact decimals): the text's own scale
                return Json.NODES.numberNode(p.getDecimalValue());
            case START_ARRAY:
                ArrayNode items = Json.NODES.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new MessageFormatException("the message ends inside an array");
                    }
                    items.add(t == JsonToken.VALUE_NULL ? Json.NODES.nullNode() : value(p, t));
                }
                return items;
            default:
                return Json.IN_STREAM.readTree(p);
        }
    }

    /**
     * A {@code content} object met before {@code item_content} (a node writing its keys in
     * alphabetical order does that): the node's copy of an inline content, to be dropped, unless
     * no {@code item_content} follows. When the parser reads a byte array, it is skipped now and
     * read again from there only if it is kept; otherwise it is read now.
     */
    private void deferContent(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Object source = at.contentReference() == null ? null : at.contentReference().getRawContent();
        long from = at.getByteOffset();
        if (source instanceof byte[] bytes && from >= 0 && from < bytes.length) {
            p.skipChildren();
            nodeContent = null;
            deferredContent = bytes;
            deferredFrom = (int) from;
        } else {
            put("content", Json.IN_STREAM.readTree(p));
        }
    }

    /** The keys of an envelope already parsed. */
    static EnvelopeFields of(ObjectNode envelope) {
        EnvelopeFields f = new EnvelopeFields();
        envelope.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isTextual() && f.takesText(e.getKey())) {
                f.text(e.getKey(), v.textValue());
            } else {
                f.put(e.getKey(), v.deepCopy());
            }
        });
        return f;
    }

    private boolean takesText(String key) {
        return index(key) >= 0 && !key.equals("time") && !key.equals("signature");
    }

    private void text(String key, String v) {
        switch (key) {
            case "chain" -> chain = v.intern();
            case "sender" -> sender = v.intern();
            case "type" -> type = v.intern();
            case "item_hash" -> itemHash = v;
            case "channel" -> channel = v.intern();
            case "item_type" -> itemType = v.intern();
            case "item_content" -> itemContent = v;
            default -> throw new IllegalArgumentException(key);
        }
    }

    private void put(String key, JsonNode v) {
        int i = index(key);
        if (v.isNull() && i >= 0) {
            nulls |= 1 << i;
            return;
        }
        switch (key) {
            // a required field of another kind is as good as absent: build() says so
            case "chain", "sender", "type", "item_hash" -> nulls &= ~(1 << i);
            case "item_content" -> badItemContent = true;
            case "time" -> time = v;
            case "signature" -> signature = v;
            case "content" -> {
                nodeContent = v;
                deferredContent = null;
            }
            default -> other(key, v);
        }
    }

    private void other(String key, JsonNode v) {
        if (rest == null) {
            rest = Json.object();
        }
        rest.set(key, v);
    }

    Message build() {
        for (int i : new int[] {CHAIN, SENDER, TYPE, ITEM_HASH}) {
            if (text(i) == null) {
                throw new MessageFormatException("the message has no '" + WIRE_KEYS[i] + "'");
            }
        }
        if (badItemContent) {
            throw new MessageFormatException("'item_content' must be a string");
        }
        if (itemContent != null) {
            nodeContent = null;
        } else if (nodeContent != null && !nodeContent.isObject()) {
            other("content", nodeContent);
            nodeContent = null;
        }
        return new Message(this);
    }

    private String text(int i) {
        return switch (i) {
            case CHAIN -> chain;
            case SENDER -> sender;
            case TYPE -> type;
            default -> itemHash;
        };
    }

    static int index(String key) {
        for (int i = 0; i < WIRE_KEYS.length; i++) {
            if (WIRE_KEYS[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
