package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** A message being processed: its envelope as received and its (loaded, back-filled) content. */
public record Incoming(String itemHash, String type, String chain, String sender, String channel, BigDecimal time,
        String itemType, ObjectNode envelope, ObjectNode content, long size) {

    /** The owner: {@code content.address}. */
    public String owner() {
        return content.path("address").asText(null);
    }

    public double timeSeconds() {
        return time.doubleValue();
    }

    /** The content's own {@code time} (file tags and pins are ordered by it). */
    public double contentTime() {
        JsonNode t = content.get("time");
        return t != null && t.isNumber() ? t.doubleValue() : timeSeconds();
    }

    public String text(String key) {
        JsonNode v = content.get(key);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    public Permissions.Action action() {
        String postType = type.equals("POST") ? text("type") : null;
        String key = null;
        if (type.equals("AGGREGATE")) {
            JsonNode k = content.get("key");
            key = k == null ? null : k.isObject() ? k.path("name").asText(null) : k.asText(null);
        }
        return new Permissions.Action(chain, channel, type, postType, key);
    }
}
