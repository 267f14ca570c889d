package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** A typed, read-only view over a content object; the object keeps every field, known or not. */
public abstract class Content {
    protected final ObjectNode node;

    protected Content(ObjectNode node) {
        if (node == null) {
            throw new MessageFormatException("the message has no content");
        }
        this.node = node;
    }

    /** The owner. */
    public String address() {
        return node.path("address").asText(null);
    }

    public BigDecimal time() {
        JsonNode t = node.get("time");
        return t != null && t.isNumber() ? Times.sane(t.decimalValue()) : null;
    }

    /** A copy of the whole content object, unknown fields included. */
    public ObjectNode json() {
        return node.deepCopy();
    }

    protected String text(JsonNode parent, String key) {
        JsonNode v = parent.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    protected boolean bool(JsonNode parent, String key, boolean dflt) {
        JsonNode v = parent.get(key);
        return v == null || v.isNull() ? dflt : v.asBoolean(dflt);
    }

    protected long number(JsonNode parent, String key, long dflt) {
        JsonNode v = parent.get(key);
        return v == null || !v.isNumber() ? dflt : v.longValue();
    }
}
