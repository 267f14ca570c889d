package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.message.Json;

/**
 * Checks and applies {@link VolumeChange}s on a PROGRAM content's {@code volumes}, with the limits
 * of the protocol (P-3.3: ephemeral 1..1000 MiB, persistent 1..1,953,125 MiB, mount, name and
 * comment at most 256 characters, at most 256 volumes) and of the compute node (C-2: an absolute
 * mount path, persistent volumes on the host). A resize edits the volume object in place, so its
 * other fields (comment, parent, name) stay.
 */
final class VolumeEdits {
    static final int MAX_EPHEMERAL_MIB = 1000;
    static final int MAX_PERSISTENT_MIB = 1_953_125;
    static final int MAX_LABEL = 256;
    static final int MAX_VOLUMES = 256;

    private VolumeEdits() {
    }

    /** Why the changes cannot be made, in order, or null; {@code warnings} collects what to say before signing. */
    static String problem(List<VolumeChange> changes, ObjectNode content, Inventory inventory, List<String> warnings) {
        List<JsonNode> now = new ArrayList<>();
        content.path("volumes").forEach(now::add);
        for (VolumeChange v : changes) {
            int at = indexOf(now, v.mount());
            String p = switch (v.op()) {
                case REMOVE -> at < 0 ? "no volume is mounted at " + v.mount() : null;
                case RESIZE -> resizeProblem(v, at < 0 ? null : now.get(at), warnings);
                case ADD -> addProblem(v, at, inventory, warnings);
            };
            if (p != null) {
                return p;
            }
            if (v.op() == VolumeChange.Op.REMOVE) {
                now.remove(at);
            } else if (v.op() == VolumeChange.Op.ADD) {
                now.add(Json.object().put("mount", v.mount()));
            }
        }
        return now.size() > MAX_VOLUMES ? "a program has at most " + MAX_VOLUMES + " volumes (asked: " + now.size() + ")" : null;
    }

    private static String addProblem(VolumeChange v, int at, Inventory inventory, List<String> warnings) {
        if (!v.mount().startsWith("/") || v.mount().length() > MAX_LABEL) {
            return "the mount path '" + v.mount() + "' must be absolute (start with /) and at most " + MAX_LABEL + " characters";
        }
        if (at >= 0) {
            return "a volume is already mounted at " + v.mount() + "; remove it first or choose another mount path";
        }
        return switch (v.kind()) {
            case IMMUTABLE -> ContentEdits.refProblem(v.ref(), v.useLatest(), inventory, warnings);
            case EPHEMERAL -> {
                warnings.add("current compute nodes do not start a program with an ephemeral volume (" + v.mount()
                        + "): use a persistent host volume if the program must start on them");
                yield sizeProblem("an ephemeral", v.sizeMib(), MAX_EPHEMERAL_MIB);
            }
            case PERSISTENT -> {
                if (v.name() != null && v.name().length() > MAX_LABEL) {
                    yield "a persistent volume's name has at most " + MAX_LABEL + " characters";
                }
                if (v.persistence() != null && !v.persistence().equals("host")) {
                    yield "persistence '" + v.persistence() + "' at " + v.mount() + ": compute nodes only create 'host' "
                            + "persistent volumes, so the program would not start; use host";
                }
                yield sizeProblem("a persistent", v.sizeMib(), MAX_PERSISTENT_MIB);
            }
        };
    }

    private static String resizeProblem(VolumeChange v, JsonNode volume, List<String> warnings) {
        if (volume == null) {
            return "no volume is mounted at " + v.mount();
        }
        if (volume.has("ref")) {
            return "the volume at " + v.mount() + " is immutable: its size is its file's; publish a new revision instead";
        }
        boolean ephemeral = volume.path("ephemeral").asBoolean(false);
        long was = volume.path("size_mib").asLong(0);
        if (!ephemeral && v.sizeMib() < was) {
            warnings.add("the persistent volume at " + v.mount() + " shrinks from " + was + " to " + v.sizeMib()
                    + " MiB: data that does not fit may be lost; back it up first");
        }
        return ephemeral ? sizeProblem("an ephemeral", v.sizeMib(), MAX_EPHEMERAL_MIB)
                : sizeProblem("a persistent", v.sizeMib(), MAX_PERSISTENT_MIB);
    }

    private static String sizeProblem(String what, int sizeMib, int max) {
        return sizeMib < 1 || sizeMib > max ? what + " volume's size must be between 1 and " + max + " MiB (asked: " + sizeMib + ")"
                : null;
    }

    /** Applies one checked change; returns what changed, in words. */
    static String apply(VolumeChange v, ObjectNode content) {
        ArrayNode volumes = content.path("volumes").isArray() ? (ArrayNode) content.get("volumes") : content.putArray("volumes");
        int at = ContentEdits.findVolume(content, v.mount());
        switch (v.op()) {
            case REMOVE -> {
                volumes.remove(at);
                return "volume at " + v.mount() + " removed";
            }
            case RESIZE -> {
                ((ObjectNode) volumes.get(at)).put("size_mib", v.sizeMib());
                return "volume at " + v.mount() + " resized to " + v.sizeMib() + " MiB";
            }
            default -> {
                ObjectNode nv = Json.object();
                if (v.comment() != null) {
                    nv.put("comment", v.comment());
                }
                nv.put("mount", v.mount());
                return switch (v.kind()) {
                    case IMMUTABLE -> {
                        volumes.add(nv.put("ref", v.ref()).put("use_latest", v.useLatest()));
                        yield "volume " + v.ref() + " added at " + v.mount() + (v.useLatest() ? ", following latest" : ", pinned");
                    }
                    case EPHEMERAL -> {
                        volumes.add(nv.put("ephemeral", true).put("size_mib", v.sizeMib()));
                        yield "ephemeral volume of " + v.sizeMib() + " MiB added at " + v.mount();
                    }
                    case PERSISTENT -> {
                        if (v.name() != null) {
                            nv.put("name", v.name());
                        }
                        volumes.add(nv.put("persistence", v.persistence() == null ? "host" : v.persistence())
                                .put("size_mib", v.sizeMib()));
                        yield "persistent volume " + (v.name() == null ? "" : v.name() + " ") + "of " + v.sizeMib()
                                + " MiB added at " + v.mount();
                    }
                };
            }
        }
    }

    private static int indexOf(List<JsonNode> volumes, String mount) {
        for (int i = 0; i < volumes.size(); i++) {
            if (mount.equals(volumes.get(i).path("mount").asText(null))) {
                return i;
            }
        }
        return -1;
    }
}
