package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A PROGRAM content (P-3.2) with the schema's defaults applied on read. */
public final class ProgramContent extends Content {
    public ProgramContent(ObjectNode node) {
        super(node);
    }

    public boolean allowAmend() {
        return bool(node, "allow_amend", false);
    }

    /** The program's name from {@code metadata.name}, or null. */
    public String name() {
        JsonNode m = node.get("metadata");
        return m != null && m.isObject() ? text(m, "name") : null;
    }

    public String replaces() {
        return text(node, "replaces");
    }

    public Reference code() {
        JsonNode c = node.path("code");
        return new Reference(Reference.Role.CODE, text(c, "ref"), bool(c, "use_latest", false), null, "code");
    }

    public String codeEncoding() {
        return text(node.path("code"), "encoding");
    }

    public String entrypoint() {
        return text(node.path("code"), "entrypoint");
    }

    public Reference runtime() {
        JsonNode r = node.path("runtime");
        return new Reference(Reference.Role.RUNTIME, text(r, "ref"), bool(r, "use_latest", true), null, text(r, "comment"));
    }

    /** The data reference, or null when the program has none. */
    public Reference data() {
        JsonNode d = node.get("data");
        if (d == null || !d.isObject() || text(d, "ref") == null) {
            return null;
        }
        return new Reference(Reference.Role.DATA, text(d, "ref"), bool(d, "use_latest", false), text(d, "mount"), "data");
    }

    /** Every STORE this program references: code, runtime, data, immutable volumes, volume parents. */
    public List<Reference> references() {
        List<Reference> out = new ArrayList<>();
        out.add(code());
        out.add(runtime());
        if (data() != null) {
            out.add(data());
        }
        for (JsonNode v : node.path("volumes")) {
            if (v.has("ref")) {
                out.add(new Reference(Reference.Role.VOLUME, text(v, "ref"), bool(v, "use_latest", true), text(v, "mount"), text(v, "comment")));
            } else if (v.path("parent").isObject() && text(v.get("parent"), "ref") != null) {
                JsonNode p = v.get("parent");
                out.add(new Reference(Reference.Role.PARENT, text(p, "ref"), bool(p, "use_latest", true), text(v, "mount"), text(v, "name")));
            }
        }
        return out;
    }

    /** Every volume, in order, with its kind; entries that are not objects are skipped. */
    public List<Volume> volumes() {
        List<Volume> out = new ArrayList<>();
        for (JsonNode v : node.path("volumes")) {
            if (!v.isObject()) {
                continue;
            }
            Long size = v.path("size_mib").isNumber() ? v.get("size_mib").longValue() : null;
            if (text(v, "ref") != null) {
                out.add(new Volume(Volume.Kind.IMMUTABLE, text(v, "mount"), text(v, "comment"), text(v, "ref"),
                        bool(v, "use_latest", true), null, null, null, null));
            } else if (bool(v, "ephemeral", false)) {
                out.add(new Volume(Volume.Kind.EPHEMERAL, text(v, "mount"), text(v, "comment"), null, false, size,
                        null, null, null));
            } else {
                JsonNode p = v.path("parent");
                out.add(new Volume(Volume.Kind.PERSISTENT, text(v, "mount"), text(v, "comment"), null,
                        bool(p, "use_latest", true), size, text(v, "persistence"), text(v, "name"), text(p, "ref")));
            }
        }
        return out;
    }

    public int vcpus() {
        return (int) number(node.path("resources"), "vcpus", 1);
    }

    public int memoryMib() {
        return (int) number(node.path("resources"), "memory", 128);
    }

    public int timeoutSeconds() {
        return (int) number(node.path("resources"), "seconds", 1);
    }

    public boolean persistent() {
        return bool(node.path("on"), "persistent", false);
    }

    public boolean internet() {
        return bool(node.path("environment"), "internet", false);
    }

    public Payment payment() {
        return Payment.of(node.get("payment"));
    }

    public Map<String, String> variables() {
        Map<String, String> out = new LinkedHashMap<>();
        node.path("variables").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
