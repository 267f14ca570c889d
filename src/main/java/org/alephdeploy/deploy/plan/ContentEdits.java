package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.message.Reference;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Applies a {@link SettingsChange} to a copy of a PROGRAM content, keeping every other field
 * (unknown ones included), and checks the change first.
 */
final class ContentEdits {
    private ContentEdits() {
    }

    /** Why the change cannot be made, or null when it can; {@code warnings} collects what to say before signing. */
    static String problem(SettingsChange c, ObjectNode content, Inventory inventory, List<String> warnings) {
        if (c.vcpus() != null && (c.vcpus() < 1 || c.vcpus() > 256)) {
            return "vCPUs must be between 1 and 256 (asked: " + c.vcpus() + ")";
        }
        if (c.memoryMib() != null && (c.memoryMib() < 1 || c.memoryMib() > 1_048_576)) {
            return "memory must be between 1 and 1048576 MiB (asked: " + c.memoryMib() + ")";
        }
        if (c.timeoutSeconds() != null && (c.timeoutSeconds() < 1 || c.timeoutSeconds() > 315_360_000)) {
            return "the timeout must be between 1 and 315360000 seconds (asked: " + c.timeoutSeconds() + ")";
        }
        for (String key : c.setVariables().keySet()) {
            if (key.isEmpty() || key.length() > 128 || c.setVariables().get(key).length() > 4096) {
                return "variable names must have 1 to 128 characters and values at most 4096";
            }
        }
        String volumes = VolumeEdits.problem(c.volumes(), content, inventory, warnings);
        if (volumes != null) {
            return volumes;
        }
        for (ReferenceChange r : c.references()) {
            JsonNode target = target(content, r);
            if (target == null) {
                return "the program has no " + describe(r);
            }
            String ref = r.newRef() != null ? r.newRef() : target.path("ref").asText(null);
            boolean latest = r.useLatest() != null ? r.useLatest() : target.path("use_latest").asBoolean(r.role() != Reference.Role.CODE
                    && r.role() != Reference.Role.DATA);
            String p = refProblem(ref, latest, inventory, warnings);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A reference that follows latest must name a root STORE: tags are keyed by the root's hash (P-4.5). */
    static String refProblem(String ref, boolean useLatest, Inventory inventory, List<String> warnings) {
        StoreRevision s = inventory.store(ref).orElse(null);
        if (s == null) {
            warnings.add("STORE " + ref + " is not in the inventory; the node rejects the program (code 301) if it does not exist");
            return null;
        }
        if (s.isRevision() && useLatest) {
            return "STORE " + ref + " is a revision of " + s.ref() + ": to follow the latest revision, reference the root "
                    + s.ref() + " (the node has no file tag for a revision's hash)";
        }
        if (s.isRevision()) {
            warnings.add("STORE " + ref + " is a revision: pinned to it, the program can never receive updates through it");
        }
        if (!s.status().live()) {
            return "STORE " + ref + " is " + s.status().wire() + "; reference a live STORE";
        }
        return null;
    }

    /** Applies the change; returns what changed, in words. */
    static List<String> apply(SettingsChange c, ObjectNode content) {
        List<String> changed = new ArrayList<>();
        ObjectNode resources = object(content, "resources");
        if (c.vcpus() != null) {
            resources.put("vcpus", c.vcpus());
            changed.add("vCPUs → " + c.vcpus());
        }
        if (c.memoryMib() != null) {
            resources.put("memory", c.memoryMib());
            changed.add("memory → " + c.memoryMib() + " MiB");
        }
        if (c.timeoutSeconds() != null) {
            resources.put("seconds", c.timeoutSeconds());
            changed.add("timeout → " + c.timeoutSeconds() + " s");
        }
        if (!c.setVariables().isEmpty() || !c.removeVariables().isEmpty()) {
            ObjectNode vars = object(content, "variables");
            c.removeVariables().forEach(vars::remove);
            for (Map.Entry<String, String> e : new TreeMap<>(c.setVariables()).entrySet()) {
                vars.put(e.getKey(), e.getValue());
            }
            changed.add("environment variables: " + c.setVariables().size() + " set, " + c.removeVariables().size() + " removed");
        }
        if (c.persistent() != null) {
            object(content, "on").put("persistent", c.persistent());
            changed.add(c.persistent() ? "persistent (always on)" : "on demand (not persistent)");
        }
        if (c.internet() != null) {
            object(content, "environment").put("internet", c.internet());
            changed.add("internet " + (c.internet() ? "on" : "off"));
        }
        c.volumes().forEach(v -> changed.add(VolumeEdits.apply(v, content)));
        for (ReferenceChange r : c.references()) {
            ObjectNode target = (ObjectNode) target(content, r);
            if (r.newRef() != null) {
                target.put("ref", r.newRef());
            }
            if (r.useLatest() != null) {
                target.put("use_latest", r.useLatest());
            }
            changed.add(describe(r) + " → " + (r.newRef() != null ? r.newRef() + ", " : "")
                    + (r.useLatest() == null ? "" : r.useLatest() ? "follows latest" : "pinned"));
        }
        return changed;
    }

    static JsonNode target(ObjectNode content, ReferenceChange r) {
        return switch (r.role()) {
            case CODE -> content.get("code");
            case RUNTIME -> content.get("runtime");
            case DATA -> content.get("data");
            case VOLUME -> {
                for (JsonNode v : content.path("volumes")) {
                    if (r.currentRef().equals(v.path("ref").asText(null))) {
                        yield v;
                    }
                }
                yield null;
            }
            case PARENT -> null;
        };
    }

    static int findVolume(ObjectNode content, String mount) {
        JsonNode volumes = content.path("volumes");
        for (int i = 0; i < volumes.size(); i++) {
            if (mount.equals(volumes.get(i).path("mount").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(ReferenceChange r) {
        return r.role() == Reference.Role.VOLUME ? "volume " + r.currentRef() : r.role().name().toLowerCase(Locale.ROOT);
    }

    static ObjectNode object(ObjectNode parent, String key) {
        JsonNode n = parent.get(key);
        if (n instanceof ObjectNode o) {
            return o;
        }
        return parent.putObject(key);
    }
}
