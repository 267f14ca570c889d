package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Times;
import org.alephdeploy.sandbox.store.MessageRow;

/** The JSON shapes of messages in the HTTP API (docs/PROTOCOL.md P-5.2, P-5.3). */
final class Views {
    private Views() {
    }

    /** A number as Python prints a float: plain digits, at least one fractional digit. */
    static BigDecimal pyFloat(BigDecimal d) {
        BigDecimal v = new BigDecimal(Double.toString(d.doubleValue())).stripTrailingZeros();
        return v.scale() < 1 ? v.setScale(1, RoundingMode.UNNECESSARY) : v;
    }

    /** The envelope time as the node prints it: a datetime (microseconds) back to a float. */
    static BigDecimal envelopeTime(MessageRow r) {
        JsonNode t = r.envelope().get("time");
        BigDecimal d = t != null && t.isNumber() ? t.decimalValue() : BigDecimal.valueOf(r.time() == null ? 0 : r.time());
        return pyFloat(d.setScale(6, RoundingMode.HALF_EVEN));
    }

    static String iso(double seconds) {
        return Times.iso(BigDecimal.valueOf(seconds).setScale(6, RoundingMode.HALF_EVEN));
    }

    private static JsonNode signature(ObjectNode env) {
        JsonNode s = env.get("signature");
        return s == null ? Json.NODES.nullNode() : s;
    }

    private static JsonNode text(ObjectNode env, String key) {
        JsonNode v = env.get(key);
        return v == null ? Json.NODES.nullNode() : v;
    }

    /** A list item of {@code messages.json}: raw content; {@code format} full, headers or none. */
    static ObjectNode listItem(MessageRow r, String format) {
        ObjectNode env = r.envelope();
        ObjectNode o = Json.object();
        o.set("chain", text(env, "chain"));
        o.set("channel", text(env, "channel"));
        o.set("confirmations", Json.array());
        o.put("confirmed", false);
        ObjectNode content = r.content();
        if ("full".equals(format)) {
            o.set("content", content);
        } else if ("headers".equals(format)) {
            o.set("content", headers(r, content));
        }
        o.set("item_content", text(env, "item_content"));
        o.put("item_hash", r.itemHash());
        o.put("item_type", r.itemType());
        o.set("sender", text(env, "sender"));
        o.set("signature", signature(env));
        o.put("size", r.size() == null ? 0 : r.size());
        o.put("time", envelopeTime(r));
        o.put("type", r.type());
        return o;
    }

    private static ObjectNode headers(MessageRow r, ObjectNode content) {
        ObjectNode h = Json.object();
        h.put("address", r.owner());
        if (content == null) {
            return h;
        }
        switch (r.type()) {
            case "POST" -> {
                copyIfPresent(content, h, "type");
                copyIfPresent(content, h, "ref");
            }
            case "AGGREGATE" -> copyIfPresent(content, h, "key");
            case "STORE" -> {
                copyIfPresent(content, h, "item_hash");
                copyIfPresent(content, h, "ref");
            }
            default -> {
            }
        }
        return h;
    }

    private static void copyIfPresent(ObjectNode from, ObjectNode to, String key) {
        JsonNode v = from.get(key);
        if (v != null && !v.isNull()) {
            to.set(key, v);
        }
    }

    /** The message object of a processed message: model order, normalised content. */
    static ObjectNode processedMessage(MessageRow r) {
        ObjectNode env = r.envelope();
        ObjectNode o = Json.object();
        o.set("sender", text(env, "sender"));
        o.set("chain", text(env, "chain"));
        o.set("signature", signature(env));
        o.put("type", r.type());
        o.set("item_content", text(env, "item_content"));
        o.put("item_type", r.itemType());
        o.put("item_hash", r.itemHash());
        o.put("time", envelopeTime(r));
        o.set("channel", text(env, "channel"));
        ObjectNode content = r.content();
        o.set("content", content == null ? Json.NODES.nullNode() : NormalizedContent.of(r.type(), content));
        o.put("confirmed", false);
        o.set("confirmations", Json.array());
        return o;
    }

    /** {@code GET /api/v0/messages/{hash}} for every status. */
    static ObjectNode withStatus(MessageRow r) {
        ObjectNode o = Json.object();
        o.put("status", r.status());
        o.put("item_hash", r.itemHash());
        o.put("reception_time", iso(r.receptionTime()));
        switch (r.status()) {
            case MessageRow.PENDING -> o.set("messages", Json.array().add(pendingMessage(r)));
            case MessageRow.PROCESSED -> o.set("message", processedMessage(r));
            case MessageRow.REMOVING -> {
                o.set("message", processedMessage(r));
                o.put("reason", "credit".equals(r.paymentType()) ? "credit_insufficient" : "balance_insufficient");
            }
            case MessageRow.REJECTED -> {
                o.set("message", r.envelope());
                o.put("error_code", r.errorCode() == null ? -1 : r.errorCode());
                JsonNode d = r.details();
                o.set("details", d == null ? Json.NODES.nullNode() : d);
            }
            case MessageRow.FORGOTTEN -> {
                o.set("message", forgottenSkeleton(r));
                o.set("forgotten_by", r.forgottenBy());
            }
            default -> {
            }
        }
        return o;
    }

    private static ObjectNode pendingMessage(MessageRow r) {
        ObjectNode env = r.envelope();
        ObjectNode o = Json.object();
        o.set("sender", text(env, "sender"));
        o.set("chain", text(env, "chain"));
        o.set("signature", signature(env));
        o.put("type", r.type());
        o.set("item_content", text(env, "item_content"));
        o.put("item_type", r.itemType());
        o.put("item_hash", r.itemHash());
        o.put("time", iso(envelopeTime(r).doubleValue()));
        o.set("channel", text(env, "channel"));
        JsonNode ic = env.get("item_content");
        JsonNode content = Json.NODES.nullNode();
        if (ic != null && ic.isTextual()) {
            try {
                content = Json.parse(ic.textValue());
            } catch (RuntimeException e) {
                content = Json.NODES.nullNode();
            }
        }
        o.set("content", content);
        o.put("reception_time", iso(r.receptionTime()));
        return o;
    }

    /** A forgotten message's skeleton (no content). */
    static ObjectNode forgottenSkeleton(MessageRow r) {
        ObjectNode env = r.envelope();
        ObjectNode o = Json.object();
        o.set("sender", text(env, "sender"));
        o.set("chain", text(env, "chain"));
        o.set("signature", signature(env));
        o.put("type", r.type());
        o.put("item_type", r.itemType());
        o.put("item_hash", r.itemHash());
        o.put("time", envelopeTime(r));
        o.set("channel", text(env, "channel"));
        o.put("owner", r.owner());
        o.put("payment_type", r.paymentType() == null ? "hold" : r.paymentType());
        if (r.size() == null) {
            o.putNull("size");
        } else {
            o.put("size", r.size());
        }
        if (r.forgottenAt() == null) {
            o.putNull("forgotten_at");
        } else {
            o.put("forgotten_at", pyFloat(BigDecimal.valueOf(r.forgottenAt())));
        }
        return o;
    }

    /** A forgotten entry of a listing: skeleton plus status and forgotten_by. */
    static ObjectNode forgottenListItem(MessageRow r) {
        ObjectNode o = forgottenSkeleton(r);
        o.put("status", MessageRow.FORGOTTEN);
        o.set("forgotten_by", r.forgottenBy());
        return o;
    }

    /** A copy of {@code node} with object keys sorted at every level. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> m = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), sorted(e.getValue()));
            }
            ObjectNode o = Json.object();
            m.forEach(o::set);
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = Json.array();
            node.forEach(n -> a.add(sorted(n)));
            return a;
        }
        return node;
    }
}
