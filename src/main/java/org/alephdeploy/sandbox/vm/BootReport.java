package org.alephdeploy.sandbox.vm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.Json;

/**
 * What a compute node would start a program with (docs/PROTOCOL.md C-1) and every rule of C-2 it
 * breaks. {@code ok} when there is no problem; the parts then say which files to run.
 */
public record BootReport(String program, List<Problem> problems, Part code, Part runtime, Part data, List<Part> volumes,
        Launch launch) {

    /** Stable problem codes, the same as the app's inventory boot check. */
    public static final String VOLUME_NOT_SQUASHFS = "volume-not-squashfs";
    public static final String RUNTIME_NOT_SQUASHFS = "runtime-not-squashfs";
    public static final String CODE_TOO_LARGE = "code-too-large";
    public static final String CODE_ENCODING_MISMATCH = "code-encoding-mismatch";
    public static final String DATA_TOO_LARGE = "data-too-large";
    public static final String DATA_NOT_ZIP = "data-not-zip";
    public static final String VOLUME_KIND_UNSUPPORTED = "volume-kind-unsupported";
    public static final String REF_MISSING = "ref-missing";
    public static final String MOUNT_INVALID = "mount-path-invalid";

    /** One broken rule: a stable code, the reason in words, and what it is about (a hash or a mount path). */
    public record Problem(String code, String words, String subject) {
        ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("code", code);
            o.put("words", words);
            o.put("subject", subject);
            return o;
        }
    }

    /**
     * One resolved part: its role ({@code code}, {@code runtime}, {@code data} or {@code volume}), the
     * mount path (data and volumes), the reference as written, the revision used, the file it names,
     * the kind of that file ({@code squashfs}, {@code zip}, {@code other}; {@code persistent} for a
     * host volume; null when unresolved), its size and where its bytes are on this machine.
     */
    public record Part(String role, String mount, String ref, boolean useLatest, String usedRef, String fileHash,
            String kind, long size, String sha256, Path file, String name) {
        ObjectNode toJson() {
            ObjectNode o = Json.object();
            if (mount != null) {
                o.put("mount", mount);
            }
            o.put("ref", ref);
            o.put("use_latest", useLatest);
            o.put("used_ref", usedRef);
            o.put("file_hash", fileHash);
            o.put("kind", kind);
            if (file != null) {
                o.put("size", size);
            }
            if (name != null) {
                o.put("name", name);
            }
            return o;
        }
    }

    /** How the program is started: interface, code encoding, entrypoint, environment and limits. */
    public record Launch(String interfaceName, String encoding, String entrypoint, Map<String, String> variables,
            int memoryMib, double idleSeconds, boolean persistent) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Every STORE revision the program runs with (the used refs), so a change of any can be noticed. */
    public List<String> usedRefs() {
        List<String> out = new ArrayList<>();
        for (Part p : parts()) {
            out.add(p.role() + ":" + p.mount() + "=" + p.usedRef() + "/" + p.fileHash());
        }
        return out;
    }

    List<Part> parts() {
        List<Part> all = new ArrayList<>();
        for (Part p : new Part[] {code, runtime, data}) {
            if (p != null) {
                all.add(p);
            }
        }
        all.addAll(volumes);
        return all;
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("program", program);
        o.put("ok", ok());
        ArrayNode ps = o.putArray("problems");
        problems.forEach(p -> ps.add(p.toJson()));
        ObjectNode r = o.putObject("resolved");
        r.set("code", code == null ? null : code.toJson());
        r.set("runtime", runtime == null ? null : runtime.toJson());
        r.set("data", data == null ? null : data.toJson());
        ArrayNode vs = r.putArray("volumes");
        volumes.forEach(v -> vs.add(v.toJson()));
        if (launch != null) {
            ObjectNode l = o.putObject("launch");
            l.put("interface", launch.interfaceName());
            l.put("encoding", launch.encoding());
            l.put("entrypoint", launch.entrypoint());
            l.put("memory_mib", launch.memoryMib());
            l.put("idle_seconds", launch.idleSeconds());
            l.put("persistent", launch.persistent());
        }
        return o;
    }
}
