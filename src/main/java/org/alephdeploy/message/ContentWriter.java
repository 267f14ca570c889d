package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds content for new messages in the SDK's canonical form (§3.9): SDK key order, every field
 * with a non-null default present (PROGRAM), null fields omitted, unknown fields kept after the
 * known ones. Pure: no I/O, no clock.
 */
public final class ContentWriter {
    static final List<String> PROGRAM_ORDER = List.of("address", "time", "allow_amend", "metadata", "authorized_keys",
            "variables", "environment", "resources", "payment", "requirements", "volumes", "replaces", "type", "code",
            "runtime", "data", "export", "on");
    static final List<String> STORE_ORDER = List.of("address", "time", "item_type", "item_hash", "size",
            "content_type", "ref", "metadata", "payment");
    static final List<String> FORGET_ORDER = List.of("address", "time", "hashes", "aggregates", "reason");

    private ContentWriter() {
    }

    /**
     * The canonical form of a PROGRAM content: what {@code ProgramContent.model_dump(exclude_none=True)}
     * gives, so that aleph-client and the SDK accept it. Unknown fields are kept.
     */
    public static ObjectNode canonicalProgram(ObjectNode content) {
        ObjectNode src = dropNulls(content.deepCopy());
        ObjectNode env = object(src, "environment");
        putDefault(env, "reproducible", false);
        putDefault(env, "internet", false);
        putDefault(env, "aleph_api", false);
        putDefault(env, "shared_cache", false);
        src.set("environment", env);
        ObjectNode res = object(src, "resources");
        putDefault(res, "vcpus", 1);
        putDefault(res, "memory", 128);
        putDefault(res, "seconds", 1);
        src.set("resources", res);
        if (!src.path("volumes").isArray()) {
            src.set("volumes", Json.array());
        }
        for (JsonNode v : src.get("volumes")) {
            if (v.isObject()) {
                if (v.has("ref")) {
                    putDefault((ObjectNode) v, "use_latest", true);
                } else if (v.path("parent").isObject()) {
                    putDefault((ObjectNode) v.get("parent"), "use_latest", true);
                }
            }
        }
        if (src.path("code").isObject()) {
            putDefault((ObjectNode) src.get("code"), "use_latest", false);
        }
        if (src.path("runtime").isObject()) {
            putDefault((ObjectNode) src.get("runtime"), "use_latest", true);
            putDefault((ObjectNode) src.get("runtime"), "comment", "");
        }
        if (src.path("data").isObject()) {
            putDefault((ObjectNode) src.get("data"), "use_latest", false);
        }
        if (!src.has("type")) {
            src.put("type", "vm-function");
        }
        return ordered(src, PROGRAM_ORDER);
    }

    /** A STORE content for a file, a revision ({@code ref} = the root STORE's hash) or a tag. */
    public static ObjectNode store(String address, BigDecimal time, ItemType itemType, String fileHash, String ref,
            ObjectNode metadata, Payment payment) {
        if (itemType == ItemType.INLINE) {
            throw new IllegalArgumentException("a STORE names a storage or ipfs file");
        }
        ObjectNode c = Json.object();
        c.put("address", address);
        c.put("time", time);
        c.put("item_type", itemType.wire());
        c.put("item_hash", fileHash);
        if (ref != null) {
            c.put("ref", ref);
        }
        if (metadata != null && !metadata.isEmpty()) {
            c.set("metadata", metadata);
        }
        if (payment != null) {
            c.set("payment", payment.toJson());
        }
        return c;
    }

    public static ObjectNode forget(String address, BigDecimal time, List<String> hashes, String reason) {
        ObjectNode c = Json.object();
        c.put("address", address);
        c.put("time", time);
        ArrayNode h = c.putArray("hashes");
        hashes.forEach(h::add);
        c.putArray("aggregates");
        if (reason != null) {
            c.put("reason", reason);
        }
        return c;
    }

    public static ObjectNode aggregate(String address, BigDecimal time, String key, ObjectNode value) {
        ObjectNode c = Json.object();
        c.put("address", address);
        c.put("time", time);
        c.put("key", key);
        c.set("content", value);
        return c;
    }

    public static ObjectNode post(String address, BigDecimal time, String postType, JsonNode value, String ref) {
        ObjectNode c = Json.object();
        c.put("address", address);
        c.put("time", time);
        c.put("type", postType);
        if (value != null) {
            c.set("content", value);
        }
        if (ref != null) {
            c.put("ref", ref);
        }
        return c;
    }

    /** Reorders the known keys of {@code src}; unknown keys follow in their original order. */
    static ObjectNode ordered(ObjectNode src, List<String> order) {
        ObjectNode out = Json.object();
        for (String key : order) {
            if (src.has(key)) {
                out.set(key, src.get(key));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = src.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static ObjectNode object(ObjectNode parent, String key) {
        JsonNode n = parent.get(key);
        return n != null && n.isObject() ? (ObjectNode) n : Json.object();
    }

    private static void putDefault(ObjectNode n, String key, boolean value) {
        if (!n.has(key)) {
            n.put(key, value);
        }
    }

    private static void putDefault(ObjectNode n, String key, int value) {
        if (!n.has(key)) {
            n.put(key, value);
        }
    }

    private static void putDefault(ObjectNode n, String key, String value) {
        if (!n.has(key)) {
            n.put(key, value);
        }
    }

    /** Removes null-valued fields from schema objects, leaving free-form maps untouched. */
    private static ObjectNode dropNulls(ObjectNode n) {
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            boolean freeForm = e.getKey().equals("metadata") || e.getKey().equals("variables") || e.getKey().equals("message");
            if (v.isObject() && !freeForm) {
                out.set(e.getKey(), dropNulls((ObjectNode) v));
            } else if (v.isArray() && !freeForm) {
                ArrayNode a = Json.array();
                v.forEach(item -> a.add(item.isObject() ? dropNulls((ObjectNode) item) : item));
                out.set(e.getKey(), a);
            } else {
                out.set(e.getKey(), v);
            }
        }
        return out;
    }
}
