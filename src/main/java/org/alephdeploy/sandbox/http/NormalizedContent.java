package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alephdeploy.message.Json;
import java.math.BigInteger;

/**
 * The content as the reference node shows it in {@code GET /api/v0/messages/{hash}}: the content
 * model's dump (P-5.3) — every field in model order, unset ones as {@code null}, ignored unknown
 * keys dropped, lax values coerced (e.g. {@code "true"} → {@code true}).
 */
final class NormalizedContent {
    private static final JsonNodeFactory F = Json.NODES;
    private static final Set<String> TRUE = Set.of("1", "on", "t", "true", "y", "yes");

    private NormalizedContent() {
    }

    static ObjectNode of(String type, ObjectNode c) {
        return switch (type) {
            case "STORE" -> store(c);
            case "PROGRAM" -> program(c);
            case "INSTANCE" -> instance(c);
            case "FORGET" -> forget(c);
            case "AGGREGATE" -> aggregate(c);
            case "POST" -> post(c);
            default -> c.deepCopy();
        };
    }

    private static ObjectNode base(ObjectNode c) {
        ObjectNode o = Json.object();
        o.set("address", raw(c, "address"));
        o.set("time", floatOf(c.get("time")));
        return o;
    }

    private static ObjectNode store(ObjectNode c) {
        ObjectNode o = base(c);
        o.set("item_type", raw(c, "item_type"));
        o.set("item_hash", raw(c, "item_hash"));
        o.set("size", intOf(c.get("size")));
        o.set("content_type", raw(c, "content_type"));
        o.set("ref", raw(c, "ref"));
        o.set("metadata", raw(c, "metadata"));
        o.set("payment", payment(c.get("payment")));
        return o;
    }

    private static ObjectNode forget(ObjectNode c) {
        ObjectNode o = base(c);
        o.set("hashes", raw(c, "hashes"));
        o.set("aggregates", c.has("aggregates") && !c.get("aggregates").isNull() ? c.get("aggregates").deepCopy() : Json.array());
        o.set("reason", raw(c, "reason"));
        return o;
    }

    private static ObjectNode aggregate(ObjectNode c) {
        ObjectNode o = base(c);
        o.set("key", raw(c, "key"));
        o.set("content", raw(c, "content"));
        return o;
    }

    private static ObjectNode post(ObjectNode c) {
        ObjectNode o = base(c);
        o.set("content", raw(c, "content"));
        o.set("ref", raw(c, "ref"));
        o.set("type", raw(c, "type"));
        return o;
    }

    private static ObjectNode executable(ObjectNode c, boolean instance) {
        ObjectNode o = base(c);
        o.set("allow_amend", boolOf(c.get("allow_amend"), false));
        o.set("metadata", raw(c, "metadata"));
        o.set("authorized_keys", raw(c, "authorized_keys"));
        o.set("variables", raw(c, "variables"));
        JsonNode env = c.path("environment");
        ObjectNode e = Json.object();
        if (instance) {
            e.set("internet", boolOf(env.get("internet"), false));
            e.set("aleph_api", boolOf(env.get("aleph_api"), false));
            e.set("hypervisor", raw(env, "hypervisor"));
            JsonNode tee = env.get("trusted_execution");
            if (tee != null && tee.isObject()) {
                ObjectNode t = Json.object();
                t.set("firmware", raw(tee, "firmware"));
                t.set("policy", tee.has("policy") ? intOf(tee.get("policy")) : F.numberNode(1));
                e.set("trusted_execution", t);
            } else {
                e.putNull("trusted_execution");
            }
            e.set("reproducible", boolOf(env.get("reproducible"), false));
            e.set("shared_cache", boolOf(env.get("shared_cache"), false));
        } else {
            for (String k : List.of("reproducible", "internet", "aleph_api", "shared_cache")) {
                e.set(k, boolOf(env.get(k), false));
            }
        }
        o.set("environment", e);
        JsonNode res = c.path("resources");
        ObjectNode r = Json.object();
        r.set("vcpus", res.has("vcpus") ? intOf(res.get("vcpus")) : F.numberNode(1));
        r.set("memory", res.has("memory") ? intOf(res.get("memory")) : F.numberNode(128));
        r.set("seconds", res.has("seconds") ? intOf(res.get("seconds")) : F.numberNode(1));
        JsonNode ports = res.get("published_ports");
        if (ports != null && ports.isArray()) {
            ArrayNode p = Json.array();
            for (JsonNode port : ports) {
                ObjectNode po = Json.object();
                po.set("protocol", port.has("protocol") ? port.get("protocol") : F.textNode("tcp"));
                po.set("port", intOf(port.get("port")));
                p.add(po);
            }
            r.set("published_ports", p);
        } else {
            r.putNull("published_ports");
        }
        o.set("resources", r);
        o.set("payment", payment(c.get("payment")));
        o.set("requirements", requirements(c.get("requirements")));
        ArrayNode volumes = Json.array();
        for (JsonNode v : c.path("volumes")) {
            volumes.add(volume(v));
        }
        o.set("volumes", volumes);
        o.set("replaces", raw(c, "replaces"));
        return o;
    }

    private static ObjectNode program(ObjectNode c) {
        ObjectNode o = executable(c, false);
        o.set("type", raw(c, "type"));
        JsonNode code = c.path("code");
        ObjectNode co = Json.object();
        co.set("encoding", raw(code, "encoding"));
        co.set("entrypoint", raw(code, "entrypoint"));
        co.set("ref", raw(code, "ref"));
        co.set("interface", raw(code, "interface"));
        co.set("args", raw(code, "args"));
        co.set("use_latest", boolOf(code.get("use_latest"), false));
        o.set("code", co);
        JsonNode rt = c.path("runtime");
        ObjectNode ro = Json.object();
        ro.set("ref", raw(rt, "ref"));
        ro.set("use_latest", boolOf(rt.get("use_latest"), true));
        ro.set("comment", raw(rt, "comment"));
        o.set("runtime", ro);
        JsonNode data = c.get("data");
        if (data != null && data.isObject()) {
            ObjectNode d = Json.object();
            d.set("encoding", raw(data, "encoding"));
            d.set("mount", raw(data, "mount"));
            d.set("ref", raw(data, "ref"));
            d.set("use_latest", data.has("use_latest") && !data.get("use_latest").isNull()
                    ? boolOf(data.get("use_latest"), false) : F.booleanNode(false));
            o.set("data", d);
        } else {
            o.putNull("data");
        }
        JsonNode export = c.get("export");
        if (export != null && export.isObject()) {
            ObjectNode x = Json.object();
            x.set("encoding", raw(export, "encoding"));
            x.set("mount", raw(export, "mount"));
            o.set("export", x);
        } else {
            o.putNull("export");
        }
        JsonNode on = c.path("on");
        ObjectNode t = Json.object();
        t.set("http", boolOf(on.get("http"), false));
        t.set("message", raw(on, "message"));
        JsonNode persistent = on.get("persistent");
        t.set("persistent", persistent == null || persistent.isNull() ? F.nullNode() : boolOf(persistent, false));
        o.set("on", t);
        return o;
    }

    private static ObjectNode instance(ObjectNode c) {
        ObjectNode o = executable(c, true);
        JsonNode rootfs = c.path("rootfs");
        ObjectNode r = Json.object();
        r.set("parent", parent(rootfs.get("parent")));
        r.set("persistence", raw(rootfs, "persistence"));
        r.set("size_mib", raw(rootfs, "size_mib"));
        r.set("forgotten_by", raw(rootfs, "forgotten_by"));
        o.set("rootfs", r);
        return o;
    }

    private static JsonNode volume(JsonNode v) {
        ObjectNode o = Json.object();
        o.set("comment", raw(v, "comment"));
        o.set("mount", raw(v, "mount"));
        if (v.has("ref")) {
            o.set("ref", raw(v, "ref"));
            o.set("use_latest", boolOf(v.get("use_latest"), true));
        } else if (v.has("ephemeral") || !v.has("parent") && !v.has("persistence") && !v.has("name")) {
            o.put("ephemeral", true);
            o.set("size_mib", raw(v, "size_mib"));
        } else {
            o.set("parent", v.has("parent") && v.get("parent").isObject() ? parent(v.get("parent")) : F.nullNode());
            o.set("persistence", raw(v, "persistence"));
            o.set("name", raw(v, "name"));
            o.set("size_mib", raw(v, "size_mib"));
        }
        return o;
    }

    private static JsonNode parent(JsonNode p) {
        if (p == null || !p.isObject()) {
            return F.nullNode();
        }
        ObjectNode o = Json.object();
        o.set("ref", raw(p, "ref"));
        o.set("use_latest", boolOf(p.get("use_latest"), true));
        return o;
    }

    private static JsonNode payment(JsonNode p) {
        if (p == null || !p.isObject()) {
            return F.nullNode();
        }
        ObjectNode o = Json.object();
        o.set("chain", raw(p, "chain"));
        o.set("receiver", raw(p, "receiver"));
        o.set("type", raw(p, "type"));
        return o;
    }

    private static JsonNode requirements(JsonNode r) {
        if (r == null || !r.isObject()) {
            return F.nullNode();
        }
        ObjectNode o = Json.object();
        JsonNode cpu = r.get("cpu");
        if (cpu != null && cpu.isObject()) {
            ObjectNode x = Json.object();
            x.set("architecture", raw(cpu, "architecture"));
            x.set("vendor", raw(cpu, "vendor"));
            x.set("features", raw(cpu, "features"));
            o.set("cpu", x);
        } else {
            o.putNull("cpu");
        }
        JsonNode node = r.get("node");
        if (node != null && node.isObject()) {
            ObjectNode x = Json.object();
            for (String k : List.of("owner", "address_regex", "node_hash", "terms_and_conditions")) {
                x.set(k, raw(node, k));
            }
            o.set("node", x);
        } else {
            o.putNull("node");
        }
        o.set("gpu", raw(r, "gpu"));
        return o;
    }

    private static JsonNode raw(JsonNode parent, String key) {
        JsonNode v = parent == null ? null : parent.get(key);
        return v == null ? F.nullNode() : v.deepCopy();
    }

    private static JsonNode boolOf(JsonNode v, boolean dflt) {
        if (v == null || v.isNull()) {
            return F.booleanNode(dflt);
        }
        if (v.isBoolean()) {
            return v;
        }
        if (v.isNumber()) {
            return F.booleanNode(v.intValue() != 0);
        }
        return F.booleanNode(TRUE.contains(v.asText().toLowerCase(Locale.ROOT)));
    }

    private static JsonNode intOf(JsonNode v) {
        if (v == null || v.isNull()) {
            return F.nullNode();
        }
        if (v.isNumber()) {
            return F.numberNode(v.decimalValue().toBigInteger());
        }
        if (v.isTextual() && v.textValue().trim().matches("[+-]?\\d+")) {
            return F.numberNode(new BigInteger(v.textValue().trim()));
        }
        return v;
    }

    /** A Python float: integers gain {@code .0}. */
    static JsonNode floatOf(JsonNode v) {
        if (v == null || !v.isNumber()) {
            return v == null ? F.nullNode() : v;
        }
        return F.numberNode(Views.pyFloat(v.decimalValue()));
    }

    static JsonNode floatOf(BigDecimal d) {
        return F.numberNode(Views.pyFloat(d));
    }
}
