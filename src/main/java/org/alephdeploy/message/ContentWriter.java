package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds content for new messages in the SDK's canonical form (P-3.9): SDK key order, every field
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
    // Field order of aleph-message's nested models, so canonical content hashes like the SDK's.
    private static final List<String> ENVIRONMENT_ORDER = List.of("reproducible", "internet", "aleph_api", "shared_cache");
    private static final List<String> RESOURCES_ORDER = List.of("vcpus", "memory", "seconds", "published_ports");
    private static final List<String> PORT_ORDER = List.of("protocol", "port");
    private static final List<String> CODE_ORDER = List.of("encoding", "entrypoint", "ref", "interface", "args", "use_latest");
    private static final List<String> RUNTIME_ORDER = List.of("ref", "use_latest", "comment");
    private static final List<String> DATA_ORDER = List.of("encoding", "mount", "ref", "use_latest");
    private static final List<String> EXPORT_ORDER = List.of("encoding", "mount");
    private static final List<String> ON_ORDER = List.of("http", "message", "persistent");
    private static final List<String> PAYMENT_ORDER = List.of("chain", "receiver", "type");
    private static final List<String> IMMUTABLE_VOLUME_ORDER = List.of("comment", "mount", "ref", "use_latest");
    private static final List<String> EPHEMERAL_VOLUME_ORDER = List.of("comment", "mount", "ephemeral", "size_mib");
    private static final List<String> PERSISTENT_VOLUME_ORDER = List.of("comment", "mount", "parent", "persistence", "name",
            "size_mib");
    private static final List<String> PARENT_ORDER = List.of("ref", "use_latest");

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
        src.set("environment", ordered(env, ENVIRONMENT_ORDER));
        ObjectNode res = object(src, "resources");
        putDefault(res, "vcpus", 1);
        putDefault(res, "memory", 128);
        putDefault(res, "seconds", 1);
        ArrayNode ports = Json.array();
        for (JsonNode port : res.path("published_ports")) {
            if (port.isObject()) {
                putDefault((ObjectNode) port, "protocol", "tcp");
                ports.add(ordered((ObjectNode) port, PORT_ORDER));
            } else {
                ports.add(port);
            }
        }
        if (res.has("published_ports") && res.get("published_ports").isArray()) {
            res.set("published_ports", ports);
        }
        src.set("resources", ordered(res, RESOURCES_ORDER));
        if (!src.path("volumes").isArray()) {
            src.set("volumes", Json.array());
        }
        ArrayNode volumes = Json.array();
        for (JsonNode v : src.get("volumes")) {
            volumes.add(v.isObject() ? canonicalVolume((ObjectNode) v) : v);
        }
        src.set("volumes", volumes);
        if (src.path("code").isObject()) {
            ObjectNode code = (ObjectNode) src.get("code");
            putDefault(code, "use_latest", false);
            src.set("code", ordered(code, CODE_ORDER));
        }
        if (src.path("runtime").isObject()) {
            ObjectNode runtime = (ObjectNode) src.get("runtime");
            putDefault(runtime, "use_latest", true);
            putDefault(runtime, "comment", "");
            src.set("runtime", ordered(runtime, RUNTIME_ORDER));
        }
        if (src.path("data").isObject()) {
            ObjectNode data = (ObjectNode) src.get("data");
            putDefault(data, "use_latest", false);
            src.set("data", ordered(data, DATA_ORDER));
        }
        reorder(src, "export", EXPORT_ORDER);
        reorder(src, "on", ON_ORDER);
        reorder(src, "payment", PAYMENT_ORDER);
        if (!src.has("type")) {
            src.put("type", "vm-function");
        }
        return ordered(src, PROGRAM_ORDER);
    }

    /** An immutable volume ({@code ref}), a persistent one with a parent, or any other volume as given. */
    private static ObjectNode canonicalVolume(ObjectNode v) {
        if (v.has("ref")) {
            putDefault(v, "use_latest", true);
            return ordered(v, IMMUTABLE_VOLUME_ORDER);
        }
        if (parsesAsEphemeral(v)) {
            putDefault(v, "ephemeral", true);
        }
        if (v.path("parent").isObject()) {
            ObjectNode parent = (ObjectNode) v.get("parent");
            putDefault(parent, "use_latest", true);
            v.set("parent", ordered(parent, PARENT_ORDER));
        }
        return ordered(v, v.has("ephemeral") ? EPHEMERAL_VOLUME_ORDER : PERSISTENT_VOLUME_ORDER);
    }

    /**
     * The node tries the ephemeral model before the persistent one, and {@code ephemeral} defaults
     * to true there: a small sized volume with none of the persistent-only keys is ephemeral.
     */
    private static boolean parsesAsEphemeral(ObjectNode v) {
        JsonNode size = v.get("size_mib");
        return !v.has("parent") && !v.has("persistence") && !v.has("name") && size != null && size.isIntegralNumber()
                && size.longValue() >= 1 && size.longValue() <= 1000;
    }

    private static void reorder(ObjectNode parent, String key, List<String> order) {
        if (parent.path(key).isObject()) {
            parent.set(key, ordered((ObjectNode) parent.get(key), order));
        }
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
