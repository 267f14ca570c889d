package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.Volume;

/**
 * "Roll back here" on a version of an amendable program: the settings change that makes a new
 * amend of the current version carry that version's content again (resources, variables,
 * persistence, internet, code and runtime references, volumes), planned as an ordinary
 * {@link Intent.ChangeSettings}; or why it cannot be done (the program is locked, the version was
 * forgotten, it differs in what an amend from here cannot restore, or it differs in nothing). Pure.
 */
public final class VersionRestore {
    /** The change to plan, or the reason it cannot be made (exactly one is null). */
    public record Result(Intent.ChangeSettings intent, String cannot) {
    }

    private VersionRestore() {
    }

    /** How {@code target}, an older version of the chain whose current version is {@code current}, can be restored. */
    public static Result of(ProgramView current, ProgramView target) {
        if (target.status() == MessageStatus.FORGOTTEN || target.message() == null) {
            return cannot("This version was forgotten: the node no longer serves its content, so it cannot be restored.");
        }
        if (current.message() == null || !current.allowAmend()) {
            return cannot("The program is locked (allow_amend false): no amend can change it, so this version cannot be "
                    + "restored; re-create the program to change it.");
        }
        ProgramContent now = current.content();
        ProgramContent then = target.content();
        List<String> fixed = unrestorable(current.message().content(), target.message().content());
        List<VolumeChange> volumes = new ArrayList<>();
        String volumeProblem = volumes(now.volumes(), then.volumes(), volumes);
        if (volumeProblem != null) {
            fixed.add(volumeProblem);
        }
        if (!fixed.isEmpty()) {
            return cannot("This version differs in what an amend from here cannot restore (" + String.join(", ", fixed)
                    + "); re-create the program from that version's settings instead.");
        }
        Map<String, String> set = new LinkedHashMap<>();
        Set<String> remove = new LinkedHashSet<>();
        then.variables().forEach((k, v) -> {
            if (!v.equals(now.variables().get(k))) {
                set.put(k, v);
            }
        });
        now.variables().keySet().stream().filter(k -> !then.variables().containsKey(k)).forEach(remove::add);
        List<ReferenceChange> references = new ArrayList<>();
        reference(references, now.code(), then.code());
        reference(references, now.runtime(), then.runtime());
        SettingsChange change = new SettingsChange(
                then.vcpus() != now.vcpus() ? then.vcpus() : null,
                then.memoryMib() != now.memoryMib() ? then.memoryMib() : null,
                then.timeoutSeconds() != now.timeoutSeconds() ? then.timeoutSeconds() : null,
                set, remove,
                then.persistent() != now.persistent() ? then.persistent() : null,
                then.internet() != now.internet() ? then.internet() : null,
                volumes, references);
        if (change.isEmpty()) {
            return cannot("This version has the same settings, code and volumes as the current one: there is nothing to restore.");
        }
        return new Result(new Intent.ChangeSettings(current.itemHash(), change), null);
    }

    private static Result cannot(String why) {
        return new Result(null, why);
    }

    /** The parts of the content a settings change does not edit, named where they differ. */
    private static List<String> unrestorable(JsonNode now, JsonNode then) {
        List<String> out = new ArrayList<>();
        for (String field : List.of("encoding", "entrypoint", "interface", "args")) {
            differs(out, "code " + field, now.path("code").get(field), then.path("code").get(field));
        }
        for (String field : List.of("data", "export", "requirements", "authorized_keys")) {
            differs(out, field, now.get(field), then.get(field));
        }
        differs(out, "message triggers", now.path("on").get("message"), then.path("on").get("message"));
        differs(out, "published ports", now.path("resources").get("published_ports"), then.path("resources").get("published_ports"));
        for (String field : List.of("reproducible", "aleph_api", "shared_cache")) {
            differs(out, "environment " + field, now.path("environment").get(field), then.path("environment").get(field));
        }
        return out;
    }

    private static void differs(List<String> out, String what, JsonNode now, JsonNode then) {
        boolean absentNow = now == null || now.isNull();
        boolean absentThen = then == null || then.isNull();
        if (absentNow != absentThen || !absentNow && !now.equals(then)) {
            out.add(what);
        }
    }

    private static void reference(List<ReferenceChange> out, Reference now, Reference then) {
        if (then.ref() == null) {
            return;
        }
        boolean newRef = !then.ref().equals(now.ref());
        boolean newLatest = then.useLatest() != now.useLatest();
        if (newRef || newLatest) {
            out.add(new ReferenceChange(now.role(), now.ref(), newRef ? then.ref() : null, newLatest ? then.useLatest() : null));
        }
    }

    /** Fills {@code out} with the volume changes from {@code now} to {@code then}, by mount; a problem when one cannot be made. */
    private static String volumes(List<Volume> now, List<Volume> then, List<VolumeChange> out) {
        Map<String, Volume> was = byMount(now);
        Map<String, Volume> will = byMount(then);
        if (was == null || will == null) {
            return Objects.equals(now, then) ? null : "volumes without a mount path";
        }
        List<VolumeChange> adds = new ArrayList<>();
        for (Map.Entry<String, Volume> e : was.entrySet()) {
            Volume target = will.get(e.getKey());
            if (target != null && target.equals(e.getValue())) {
                continue;
            }
            if (target != null && resizedOnly(e.getValue(), target)) {
                adds.add(VolumeChange.resize(e.getKey(), Math.toIntExact(target.sizeMib())));
                continue;
            }
            out.add(VolumeChange.remove(e.getKey()));
        }
        for (Map.Entry<String, Volume> e : will.entrySet()) {
            Volume old = was.get(e.getKey());
            if (old != null && (old.equals(e.getValue()) || resizedOnly(old, e.getValue()))) {
                continue;
            }
            Volume v = e.getValue();
            if (v.kind() == Volume.Kind.PERSISTENT && v.parentRef() != null) {
                return "the persistent volume at " + v.mount() + " has a parent";
            }
            VolumeChange add = switch (v.kind()) {
                case IMMUTABLE -> new VolumeChange(VolumeChange.Op.ADD, VolumeChange.Kind.IMMUTABLE, v.mount(), v.ref(), v.useLatest(),
                        v.comment(), null, null, null);
                case EPHEMERAL -> new VolumeChange(VolumeChange.Op.ADD, VolumeChange.Kind.EPHEMERAL, v.mount(), null, false,
                        v.comment(), size(v), null, null);
                case PERSISTENT -> new VolumeChange(VolumeChange.Op.ADD, VolumeChange.Kind.PERSISTENT, v.mount(), null, false,
                        v.comment(), size(v), v.name(), v.persistence());
            };
            adds.add(add);
        }
        out.addAll(adds);
        return null;
    }

    private static Integer size(Volume v) {
        return v.sizeMib() == null ? 1 : Math.toIntExact(v.sizeMib());
    }

    private static boolean resizedOnly(Volume a, Volume b) {
        return a.kind() == b.kind() && a.kind() != Volume.Kind.IMMUTABLE && Objects.equals(a.comment(), b.comment())
                && Objects.equals(a.name(), b.name()) && Objects.equals(a.persistence(), b.persistence())
                && Objects.equals(a.parentRef(), b.parentRef()) && b.sizeMib() != null && !Objects.equals(a.sizeMib(), b.sizeMib());
    }

    /** The volumes by mount path, or null when one has none or two share one (they cannot be told apart). */
    private static Map<String, Volume> byMount(List<Volume> volumes) {
        Map<String, Volume> out = new LinkedHashMap<>();
        for (Volume v : volumes) {
            if (v.mount() == null || out.put(v.mount(), v) != null) {
                return null;
            }
        }
        return out;
    }
}
