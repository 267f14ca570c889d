package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * Validates message contents the way the reference node's content models (aleph-message) do
 * (docs/PROTOCOL.md P-3): required fields, bounds, strict integers, literal types, the volume
 * alternatives, and the unknown-key policy of P-3.1.
 */
public final class ContentSchemas {
    public static final Set<String> CHAINS = Set.of("ARB", "AURORA", "AVAX", "BASE", "BLAST", "BOB", "BSC", "CSDK",
            "CYBER", "DOT", "ES", "ETH", "ETHERLINK", "FRAX", "HYPE", "INK", "LENS", "LINEA", "LISK", "METIS", "MODE",
            "NEO", "NULS", "NULS2", "OP", "POL", "SOL", "STT", "SONIC", "TEZOS", "UNICHAIN", "WLD", "ZORA");
    static final BigDecimal MAX_TIME = new BigDecimal("9223372036");
    private static final Set<String> ENCODINGS = Set.of("plain", "zip", "squashfs");
    private static final Set<String> PAYMENT_TYPES = Set.of("hold", "superfluid", "credit");
    private static final Set<String> BASE = Set.of("address", "time");
    private static final Set<String> EXECUTABLE = Set.of("address", "time", "allow_amend", "metadata", "authorized_keys",
            "variables", "environment", "resources", "payment", "requirements", "volumes", "replaces");
    private static final Set<String> PROGRAM = union(EXECUTABLE, Set.of("type", "code", "runtime", "data", "export", "on"));
    private static final Set<String> INSTANCE = union(EXECUTABLE, Set.of("rootfs"));
    private static final long MAX_PERSISTENT_MIB = 1_953_125;

    private ContentSchemas() {
    }

    /** Errors of {@code content} for a message of {@code type}; empty when it is valid. */
    public static ArrayNode validate(String type, ObjectNode content) {
        SchemaCheck s = new SchemaCheck();
        List<Object> root = List.of();
        switch (type) {
            case "PROGRAM" -> program(s, content, root);
            case "INSTANCE" -> instance(s, content, root);
            case "STORE" -> store(s, content, root);
            case "FORGET" -> forget(s, content, root);
            case "AGGREGATE" -> aggregate(s, content, root);
            case "POST" -> post(s, content, root);
            default -> s.error("enum", List.of("type"), "Unsupported message type " + type, null);
        }
        return s.errorsJson();
    }

    private static void base(SchemaCheck s, ObjectNode c, List<Object> at) {
        s.string(s.field(c, "address", true, at), SchemaCheck.loc(at, "address"), 0);
        JsonNode t = s.field(c, "time", true, at);
        if (t != null) {
            s.number(t, SchemaCheck.loc(at, "time"), BigDecimal.ZERO, MAX_TIME);
        }
    }

    private static void program(SchemaCheck s, ObjectNode c, List<Object> at) {
        s.forbidExtra(c, PROGRAM, at);
        executable(s, c, at, false);
        JsonNode type = s.field(c, "type", true, at);
        if (type != null) {
            s.literal(type, SchemaCheck.loc(at, "type"), Set.of("vm-function"), "literal_error");
        }
        ObjectNode code = s.object(s.field(c, "code", true, at), SchemaCheck.loc(at, "code"), "CodeContent");
        if (code != null) {
            List<Object> l = SchemaCheck.loc(at, "code");
            s.literal(s.field(code, "encoding", true, l), SchemaCheck.loc(l, "encoding"), ENCODINGS, "enum");
            s.string(s.field(code, "entrypoint", true, l), SchemaCheck.loc(l, "entrypoint"), 0);
            s.itemHash(s.field(code, "ref", true, l), SchemaCheck.loc(l, "ref"));
            JsonNode iface = code.get("interface");
            if (iface != null && !iface.isNull()) {
                s.literal(iface, SchemaCheck.loc(l, "interface"), Set.of("asgi", "binary"), "enum");
            }
            stringList(s, code.get("args"), SchemaCheck.loc(l, "args"), 0, 0);
            optionalBool(s, code, "use_latest", l);
        }
        ObjectNode runtime = s.object(s.field(c, "runtime", true, at), SchemaCheck.loc(at, "runtime"), "FunctionRuntime");
        if (runtime != null) {
            List<Object> l = SchemaCheck.loc(at, "runtime");
            s.itemHash(s.field(runtime, "ref", true, l), SchemaCheck.loc(l, "ref"));
            optionalBool(s, runtime, "use_latest", l);
            s.string(s.field(runtime, "comment", true, l), SchemaCheck.loc(l, "comment"), 0);
        }
        ObjectNode data = s.object(c.get("data"), SchemaCheck.loc(at, "data"), "DataContent");
        if (data != null) {
            List<Object> l = SchemaCheck.loc(at, "data");
            s.literal(s.field(data, "encoding", true, l), SchemaCheck.loc(l, "encoding"), ENCODINGS, "enum");
            s.string(s.field(data, "mount", true, l), SchemaCheck.loc(l, "mount"), 0);
            s.itemHash(s.field(data, "ref", true, l), SchemaCheck.loc(l, "ref"));
            JsonNode ul = data.get("use_latest");
            if (ul != null && !ul.isNull()) {
                s.bool(ul, SchemaCheck.loc(l, "use_latest"));
            }
        }
        ObjectNode export = s.object(c.get("export"), SchemaCheck.loc(at, "export"), "Export");
        if (export != null) {
            List<Object> l = SchemaCheck.loc(at, "export");
            s.literal(s.field(export, "encoding", true, l), SchemaCheck.loc(l, "encoding"), ENCODINGS, "enum");
            s.string(s.field(export, "mount", true, l), SchemaCheck.loc(l, "mount"), 0);
        }
        ObjectNode on = s.object(s.field(c, "on", true, at), SchemaCheck.loc(at, "on"), "FunctionTriggers");
        if (on != null) {
            List<Object> l = SchemaCheck.loc(at, "on");
            s.forbidExtra(on, Set.of("http", "message", "persistent"), l);
            s.bool(s.field(on, "http", true, l), SchemaCheck.loc(l, "http"));
            ArrayNode subs = s.list(on.get("message"), SchemaCheck.loc(l, "message"), 0);
            if (subs != null) {
                for (int i = 0; i < subs.size(); i++) {
                    ObjectNode sub = s.object(subs.get(i), SchemaCheck.loc(l, "message", i), "Subscription");
                    if (sub != null && sub.size() > 32) {
                        s.error("value_error", SchemaCheck.loc(l, "message", i), "Value error, Subscription has "
                                + sub.size() + " entries, maximum allowed is 32", sub);
                    }
                }
            }
            JsonNode p = on.get("persistent");
            if (p != null && !p.isNull()) {
                s.bool(p, SchemaCheck.loc(l, "persistent"));
            }
        }
    }

    private static void instance(SchemaCheck s, ObjectNode c, List<Object> at) {
        s.forbidExtra(c, INSTANCE, at);
        executable(s, c, at, true);
        ObjectNode rootfs = s.object(s.field(c, "rootfs", true, at), SchemaCheck.loc(at, "rootfs"), "RootfsVolume");
        if (rootfs != null) {
            List<Object> l = SchemaCheck.loc(at, "rootfs");
            parent(s, s.field(rootfs, "parent", true, l), SchemaCheck.loc(l, "parent"));
            s.literal(s.field(rootfs, "persistence", true, l), SchemaCheck.loc(l, "persistence"), Set.of("host", "store"), "enum");
            JsonNode size = s.field(rootfs, "size_mib", true, l);
            if (size != null) {
                s.strictInteger(size, SchemaCheck.loc(l, "size_mib"), 1, MAX_PERSISTENT_MIB);
            }
        }
        ObjectNode payment = c.path("payment").isObject() ? (ObjectNode) c.get("payment") : null;
        ObjectNode req = c.path("requirements").isObject() ? (ObjectNode) c.get("requirements") : null;
        if (req != null && payment != null) {
            String pt = payment.path("type").asText("");
            boolean nodeHash = req.path("node").path("node_hash").isTextual();
            if ((pt.equals("superfluid") || pt.equals("credit")) && !nodeHash) {
                s.error("value_error", at, "Value error, Node hash assignment is needed for PAYG or Credit payments", c);
            }
        }
    }

    private static void executable(SchemaCheck s, ObjectNode c, List<Object> at, boolean instance) {
        base(s, c, at);
        s.bool(s.field(c, "allow_amend", true, at), SchemaCheck.loc(at, "allow_amend"));
        s.dict(c.get("metadata"), SchemaCheck.loc(at, "metadata"), 256);
        stringList(s, c.get("authorized_keys"), SchemaCheck.loc(at, "authorized_keys"), 256, 8192);
        ObjectNode vars = s.dict(c.get("variables"), SchemaCheck.loc(at, "variables"), 256);
        if (vars != null) {
            vars.fields().forEachRemaining(e -> {
                List<Object> l = SchemaCheck.loc(at, "variables", e.getKey());
                if (e.getKey().length() > 128) {
                    s.error("string_too_long", SchemaCheck.loc(l, "[key]"), "String should have at most 128 characters", null);
                }
                s.string(e.getValue(), l, 4096);
            });
        }
        ObjectNode env = s.object(s.field(c, "environment", true, at), SchemaCheck.loc(at, "environment"), "FunctionEnvironment");
        if (env != null) {
            List<Object> l = SchemaCheck.loc(at, "environment");
            for (String k : List.of("reproducible", "internet", "aleph_api", "shared_cache")) {
                optionalBool(s, env, k, l);
            }
            if (instance) {
                JsonNode hv = env.get("hypervisor");
                if (hv != null && !hv.isNull()) {
                    s.literal(hv, SchemaCheck.loc(l, "hypervisor"), Set.of("qemu", "firecracker"), "enum");
                }
                ObjectNode tee = s.object(env.get("trusted_execution"), SchemaCheck.loc(l, "trusted_execution"),
                        "TrustedExecutionEnvironment");
                if (tee != null) {
                    s.forbidExtra(tee, Set.of("firmware", "policy"), SchemaCheck.loc(l, "trusted_execution"));
                }
            }
        }
        ObjectNode res = s.object(s.field(c, "resources", true, at), SchemaCheck.loc(at, "resources"), "MachineResources");
        if (res != null) {
            List<Object> l = SchemaCheck.loc(at, "resources");
            optionalInt(s, res, "vcpus", l, 1, 256);
            optionalInt(s, res, "memory", l, 1, 1_048_576);
            optionalInt(s, res, "seconds", l, 1, 315_360_000);
            ArrayNode ports = s.list(res.get("published_ports"), SchemaCheck.loc(l, "published_ports"), 0);
            if (ports != null) {
                for (int i = 0; i < ports.size(); i++) {
                    List<Object> pl = SchemaCheck.loc(l, "published_ports", i);
                    ObjectNode port = s.object(ports.get(i), pl, "PublishedPort");
                    if (port != null) {
                        JsonNode proto = port.get("protocol");
                        if (proto != null) {
                            s.literal(proto, SchemaCheck.loc(pl, "protocol"), Set.of("tcp", "udp"), "enum");
                        }
                        s.integer(s.field(port, "port", true, pl), SchemaCheck.loc(pl, "port"), 1, 65535);
                    }
                }
            }
        }
        payment(s, c.get("payment"), SchemaCheck.loc(at, "payment"));
        requirements(s, c.get("requirements"), SchemaCheck.loc(at, "requirements"));
        ArrayNode volumes = s.list(c.get("volumes"), SchemaCheck.loc(at, "volumes"), 256);
        if (volumes != null) {
            for (int i = 0; i < volumes.size(); i++) {
                volume(s, volumes.get(i), SchemaCheck.loc(at, "volumes", i));
            }
        }
        s.optionalString(c.get("replaces"), SchemaCheck.loc(at, "replaces"), 128);
    }

    /** A volume is valid when one of the three alternatives accepts it (P-3.3). */
    private static void volume(SchemaCheck s, JsonNode v, List<Object> at) {
        if (v == null || !v.isObject()) {
            s.error("model_type", at, "Input should be a valid dictionary or instance of ImmutableVolume", v);
            return;
        }
        ObjectNode o = (ObjectNode) v;
        List<SchemaCheck> attempts = new ArrayList<>();
        SchemaCheck imm = new SchemaCheck();
        List<Object> il = SchemaCheck.loc(at, "ImmutableVolume");
        imm.forbidExtra(o, Set.of("comment", "mount", "ref", "use_latest"), il);
        labels(imm, o, il);
        imm.itemHash(imm.field(o, "ref", true, il), SchemaCheck.loc(il, "ref"));
        optionalBool(imm, o, "use_latest", il);
        if (imm.ok()) {
            return;
        }
        attempts.add(imm);
        SchemaCheck eph = new SchemaCheck();
        List<Object> el = SchemaCheck.loc(at, "EphemeralVolume");
        eph.forbidExtra(o, Set.of("comment", "mount", "ephemeral", "size_mib"), el);
        labels(eph, o, el);
        JsonNode e = o.get("ephemeral");
        if (e != null && !(e.isBoolean() && e.booleanValue())) {
            eph.error("literal_error", SchemaCheck.loc(el, "ephemeral"), "Input should be True", e);
        }
        eph.strictInteger(eph.field(o, "size_mib", true, el), SchemaCheck.loc(el, "size_mib"), 1, 1000);
        if (eph.ok()) {
            return;
        }
        attempts.add(eph);
        SchemaCheck per = new SchemaCheck();
        List<Object> pl = SchemaCheck.loc(at, "PersistentVolume");
        per.forbidExtra(o, Set.of("comment", "mount", "parent", "persistence", "name", "size_mib"), pl);
        labels(per, o, pl);
        if (o.get("parent") != null && !o.get("parent").isNull()) {
            parent(per, o.get("parent"), SchemaCheck.loc(pl, "parent"));
        }
        JsonNode persistence = o.get("persistence");
        if (persistence != null && !persistence.isNull()) {
            per.literal(persistence, SchemaCheck.loc(pl, "persistence"), Set.of("host", "store"), "enum");
        }
        per.optionalString(o.get("name"), SchemaCheck.loc(pl, "name"), 256);
        per.strictInteger(per.field(o, "size_mib", true, pl), SchemaCheck.loc(pl, "size_mib"), 1, MAX_PERSISTENT_MIB);
        if (per.ok()) {
            return;
        }
        attempts.add(per);
        for (SchemaCheck a : attempts) {
            a.errors().forEach(err -> s.errors().add(err));
        }
    }

    private static void labels(SchemaCheck s, ObjectNode o, List<Object> at) {
        s.optionalString(o.get("comment"), SchemaCheck.loc(at, "comment"), 256);
        s.optionalString(o.get("mount"), SchemaCheck.loc(at, "mount"), 256);
    }

    private static void parent(SchemaCheck s, JsonNode v, List<Object> at) {
        ObjectNode p = s.object(v, at, "ParentVolume");
        if (p != null) {
            s.itemHash(s.field(p, "ref", true, at), SchemaCheck.loc(at, "ref"));
            optionalBool(s, p, "use_latest", at);
        }
    }

    private static void payment(SchemaCheck s, JsonNode v, List<Object> at) {
        ObjectNode p = s.object(v, at, "Payment");
        if (p == null) {
            return;
        }
        JsonNode chain = p.get("chain");
        if (chain != null && !chain.isNull()) {
            s.literal(chain, SchemaCheck.loc(at, "chain"), CHAINS, "enum");
        }
        s.optionalString(p.get("receiver"), SchemaCheck.loc(at, "receiver"), 0);
        s.literal(s.field(p, "type", true, at), SchemaCheck.loc(at, "type"), PAYMENT_TYPES, "enum");
    }

    private static void requirements(SchemaCheck s, JsonNode v, List<Object> at) {
        ObjectNode r = s.object(v, at, "HostRequirements");
        if (r == null) {
            return;
        }
        s.forbidExtra(r, Set.of("cpu", "node", "gpu"), at);
        ObjectNode cpu = s.object(r.get("cpu"), SchemaCheck.loc(at, "cpu"), "CpuProperties");
        if (cpu != null) {
            List<Object> l = SchemaCheck.loc(at, "cpu");
            s.forbidExtra(cpu, Set.of("architecture", "vendor", "features"), l);
            JsonNode arch = cpu.get("architecture");
            if (arch != null && !arch.isNull()) {
                s.literal(arch, SchemaCheck.loc(l, "architecture"), Set.of("x86_64", "arm64"), "literal_error");
            }
            s.optionalString(cpu.get("vendor"), SchemaCheck.loc(l, "vendor"), 0);
            stringList(s, cpu.get("features"), SchemaCheck.loc(l, "features"), 0, 0);
        }
        ObjectNode node = s.object(r.get("node"), SchemaCheck.loc(at, "node"), "NodeRequirements");
        if (node != null) {
            List<Object> l = SchemaCheck.loc(at, "node");
            s.forbidExtra(node, Set.of("owner", "address_regex", "node_hash", "terms_and_conditions"), l);
            s.optionalString(node.get("owner"), SchemaCheck.loc(l, "owner"), 0);
            s.optionalString(node.get("address_regex"), SchemaCheck.loc(l, "address_regex"), 256);
            for (String k : List.of("node_hash", "terms_and_conditions")) {
                if (node.get(k) != null && !node.get(k).isNull()) {
                    s.itemHash(node.get(k), SchemaCheck.loc(l, k));
                }
            }
        }
        ArrayNode gpus = s.list(r.get("gpu"), SchemaCheck.loc(at, "gpu"), 0);
        if (gpus != null) {
            for (int i = 0; i < gpus.size(); i++) {
                List<Object> l = SchemaCheck.loc(at, "gpu", i);
                ObjectNode g = s.object(gpus.get(i), l, "GpuProperties");
                if (g != null) {
                    s.forbidExtra(g, Set.of("vendor", "device_name", "device_class", "device_id"), l);
                    for (String k : List.of("vendor", "device_name", "device_id")) {
                        s.string(s.field(g, k, true, l), SchemaCheck.loc(l, k), 0);
                    }
                    s.literal(s.field(g, "device_class", true, l), SchemaCheck.loc(l, "device_class"), Set.of("0300", "0302"), "enum");
                }
            }
        }
    }

    private static void store(SchemaCheck s, ObjectNode c, List<Object> at) {
        base(s, c, at);
        s.literal(s.field(c, "item_type", true, at), SchemaCheck.loc(at, "item_type"), Set.of("inline", "storage", "ipfs"), "enum");
        s.itemHash(s.field(c, "item_hash", true, at), SchemaCheck.loc(at, "item_hash"));
        JsonNode size = c.get("size");
        if (size != null && !size.isNull()) {
            s.integer(size, SchemaCheck.loc(at, "size"), Long.MIN_VALUE, Long.MAX_VALUE);
        }
        s.optionalString(c.get("content_type"), SchemaCheck.loc(at, "content_type"), 0);
        s.optionalString(c.get("ref"), SchemaCheck.loc(at, "ref"), 0);
        s.dict(c.get("metadata"), SchemaCheck.loc(at, "metadata"), 0);
        int before = s.errors().size();
        payment(s, c.get("payment"), SchemaCheck.loc(at, "payment"));
        if (s.errors().size() == before && c.path("payment").isObject()
                && "superfluid".equals(c.get("payment").path("type").asText())) {
            s.error("value_error", SchemaCheck.loc(at, "payment"),
                    "Value error, Only 'hold' and 'credit' payment types are supported for store messages", c.get("payment"));
        }
    }

    private static void forget(SchemaCheck s, ObjectNode c, List<Object> at) {
        s.forbidExtra(c, union(BASE, Set.of("hashes", "aggregates", "reason")), at);
        base(s, c, at);
        ArrayNode hashes = s.list(s.field(c, "hashes", true, at), SchemaCheck.loc(at, "hashes"), 1000);
        if (hashes != null) {
            for (int i = 0; i < hashes.size(); i++) {
                s.itemHash(hashes.get(i), SchemaCheck.loc(at, "hashes", i));
            }
        }
        JsonNode aggs = c.get("aggregates");
        if (aggs != null && aggs.isNull()) {
            s.error("list_type", SchemaCheck.loc(at, "aggregates"), "Input should be a valid list", aggs);
        } else if (aggs != null) {
            ArrayNode a = s.list(aggs, SchemaCheck.loc(at, "aggregates"), 1000);
            if (a != null) {
                for (int i = 0; i < a.size(); i++) {
                    s.itemHash(a.get(i), SchemaCheck.loc(at, "aggregates", i));
                }
            }
        }
        s.optionalString(c.get("reason"), SchemaCheck.loc(at, "reason"), 1000);
    }

    private static void aggregate(SchemaCheck s, ObjectNode c, List<Object> at) {
        s.forbidExtra(c, union(BASE, Set.of("key", "content")), at);
        base(s, c, at);
        JsonNode key = s.field(c, "key", true, at);
        if (key != null) {
            if (key.isObject()) {
                s.forbidExtra((ObjectNode) key, Set.of("name"), SchemaCheck.loc(at, "key"));
                s.string(s.field((ObjectNode) key, "name", true, SchemaCheck.loc(at, "key")), SchemaCheck.loc(at, "key", "name"), 0);
            } else {
                s.string(key, SchemaCheck.loc(at, "key"), 0);
            }
        }
        JsonNode content = s.field(c, "content", true, at);
        if (content != null && !content.isObject()) {
            s.error("dict_type", SchemaCheck.loc(at, "content"), "Input should be a valid dictionary", content);
        }
    }

    private static void post(SchemaCheck s, ObjectNode c, List<Object> at) {
        s.forbidExtra(c, union(BASE, Set.of("content", "ref", "type")), at);
        base(s, c, at);
        JsonNode ref = c.get("ref");
        boolean hasRef = false;
        if (ref != null && !ref.isNull()) {
            if (ref.isTextual()) {
                hasRef = !ref.textValue().isEmpty();
            } else if (ref.isObject()) {
                hasRef = true;
            } else {
                s.error("string_type", SchemaCheck.loc(at, "ref"), "Input should be a valid string", ref);
            }
        }
        String type = s.string(s.field(c, "type", true, at), SchemaCheck.loc(at, "type"), 0);
        if ("amend".equals(type) && !hasRef) {
            s.error("value_error", SchemaCheck.loc(at, "type"), "Value error, A 'ref' is required for POST type 'amend'",
                    c.get("type"));
        }
    }

    private static void optionalBool(SchemaCheck s, ObjectNode o, String key, List<Object> at) {
        JsonNode v = o.get(key);
        if (v != null) {
            s.bool(v, SchemaCheck.loc(at, key));
        }
    }

    private static void optionalInt(SchemaCheck s, ObjectNode o, String key, List<Object> at, long min, long max) {
        JsonNode v = o.get(key);
        if (v != null) {
            s.integer(v, SchemaCheck.loc(at, key), min, max);
        }
    }

    private static void stringList(SchemaCheck s, JsonNode v, List<Object> at, int maxItems, int maxLength) {
        ArrayNode a = s.list(v, at, maxItems);
        if (a != null) {
            for (int i = 0; i < a.size(); i++) {
                s.string(a.get(i), SchemaCheck.loc(at, i), maxLength);
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        HashSet<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
