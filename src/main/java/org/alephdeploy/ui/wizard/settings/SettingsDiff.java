package org.alephdeploy.ui.wizard.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alephdeploy.deploy.plan.OfficialRuntimes;
import org.alephdeploy.deploy.plan.ReferenceChange;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.message.Reference;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;

/**
 * What a settings edit changes, before → after, in the editor's order (resources, variables,
 * persistence, internet, runtime, volumes), and the {@link SettingsChange} that asks the planner
 * for exactly that, on top of what a previous step handed over. Pure.
 */
public final class SettingsDiff {
    /** One changed setting: what, its value before and after ("" when it did not exist). */
    public record Line(Kind kind, String what, String before, String after) {
    }

    /** What a line is about, so that the page can mark added and removed entries. */
    public enum Kind { CHANGED, ADDED, REMOVED }

    private SettingsDiff() {
    }

    public static List<Line> lines(ProgramSettings before, SettingsEdit after) {
        List<Line> out = new ArrayList<>();
        number(out, "wizard.settingsDiff.vcpus", before.vcpus(), after.vcpus(), "");
        number(out, "wizard.settingsDiff.memory", before.memoryMib(), after.memoryMib(), " MiB");
        number(out, "wizard.settingsDiff.timeout", before.timeoutSeconds(), after.timeoutSeconds(), " s");
        Map<String, String> was = before.sortedVariables();
        Map<String, String> now = new TreeMap<>(after.variables());
        for (Map.Entry<String, String> e : now.entrySet()) {
            String old = was.get(e.getKey());
            if (old == null) {
                out.add(new Line(Kind.ADDED, I18n.format("wizard.settingsDiff.variable", e.getKey()), "", e.getValue()));
            } else if (!old.equals(e.getValue())) {
                out.add(new Line(Kind.CHANGED, I18n.format("wizard.settingsDiff.variable", e.getKey()), old, e.getValue()));
            }
        }
        was.forEach((k, v) -> {
            if (!now.containsKey(k)) {
                out.add(new Line(Kind.REMOVED, I18n.format("wizard.settingsDiff.variable", k), v, ""));
            }
        });
        flag(out, "wizard.settingsDiff.persistent", before.persistent(), after.persistent(),
                "wizard.settingsDiff.alwaysOn", "wizard.settingsDiff.onDemand");
        flag(out, "wizard.settingsDiff.internet", before.internet(), after.internet(), "wizard.settingsDiff.on", "wizard.settingsDiff.off");
        if (runtimeChanges(before, after)) {
            out.add(new Line(Kind.CHANGED, I18n.get("wizard.settingsDiff.runtime"), runtimeWords(before.runtimeRef()),
                    runtimeWords(OfficialRuntimes.newest())));
        }
        Map<String, ProgramSettings.MountedVolume> oldVolumes = byMount(before.volumes());
        Map<String, ProgramSettings.MountedVolume> newVolumes = byMount(after.volumes());
        newVolumes.forEach((mount, v) -> {
            ProgramSettings.MountedVolume old = oldVolumes.get(mount);
            String what = I18n.format("wizard.settingsDiff.volume", mount);
            if (old == null) {
                out.add(new Line(Kind.ADDED, what, "", volumeWords(v)));
            } else if (!old.equals(v)) {
                out.add(new Line(Kind.CHANGED, what, volumeWords(old), volumeWords(v)));
            }
        });
        oldVolumes.forEach((mount, v) -> {
            if (!newVolumes.containsKey(mount)) {
                out.add(new Line(Kind.REMOVED, I18n.format("wizard.settingsDiff.volume", mount), volumeWords(v), ""));
            }
        });
        return out;
    }

    /** The change to plan: only what differs from {@code before}, over {@code handedOver} (kept where the edit says nothing). */
    public static SettingsChange change(ProgramSettings before, SettingsEdit after, SettingsChange handedOver) {
        SettingsChange base = handedOver == null ? SettingsChange.none() : handedOver;
        Map<String, String> set = new LinkedHashMap<>(base.setVariables());
        Set<String> remove = new LinkedHashSet<>(base.removeVariables());
        after.variables().forEach((k, v) -> {
            if (!v.equals(before.variables().get(k))) {
                set.put(k, v);
            }
        });
        before.variables().keySet().stream().filter(k -> !after.variables().containsKey(k)).forEach(remove::add);
        List<VolumeChange> volumes = new ArrayList<>(base.volumes());
        Map<String, ProgramSettings.MountedVolume> oldVolumes = byMount(before.volumes());
        Map<String, ProgramSettings.MountedVolume> newVolumes = byMount(after.volumes());
        oldVolumes.forEach((mount, v) -> {
            ProgramSettings.MountedVolume now = newVolumes.get(mount);
            if (!v.equals(now) && (now == null || !now.resizedFrom(v))) {
                volumes.add(VolumeChange.remove(mount));
            }
        });
        newVolumes.forEach((mount, v) -> {
            ProgramSettings.MountedVolume old = oldVolumes.get(mount);
            if (v.resizedFrom(old)) {
                volumes.add(VolumeChange.resize(mount, Math.toIntExact(v.sizeMib())));
            } else if (!v.equals(old)) {
                volumes.add(added(v));
            }
        });
        List<ReferenceChange> references = new ArrayList<>(base.references());
        if (runtimeChanges(before, after)) {
            references.add(new ReferenceChange(Reference.Role.RUNTIME, null, OfficialRuntimes.newest(), true));
        }
        return new SettingsChange(
                after.vcpus() != before.vcpus() ? Integer.valueOf(after.vcpus()) : base.vcpus(),
                after.memoryMib() != before.memoryMib() ? Integer.valueOf(after.memoryMib()) : base.memoryMib(),
                after.timeoutSeconds() != before.timeoutSeconds() ? Integer.valueOf(after.timeoutSeconds()) : base.timeoutSeconds(),
                set, remove,
                after.persistent() != before.persistent() ? Boolean.valueOf(after.persistent()) : base.persistent(),
                after.internet() != before.internet() ? Boolean.valueOf(after.internet()) : base.internet(),
                volumes, references);
    }

    /** {@code volumes} after {@code changes} (removals, resizes, additions, in order), as the editor shows them. */
    public static List<ProgramSettings.MountedVolume> withVolumeChanges(List<ProgramSettings.MountedVolume> volumes,
            List<VolumeChange> changes) {
        Map<String, ProgramSettings.MountedVolume> out = new LinkedHashMap<>();
        volumes.forEach(v -> out.put(v.mount(), v));
        for (VolumeChange c : changes) {
            ProgramSettings.MountedVolume old = out.get(c.mount());
            switch (c.op()) {
                case REMOVE -> out.remove(c.mount());
                case RESIZE -> {
                    if (old != null) {
                        out.put(c.mount(), new ProgramSettings.MountedVolume(old.kind(), old.mount(), old.ref(), old.followsLatest(),
                                c.sizeMib().longValue(), old.name(), old.persistence()));
                    }
                }
                case ADD -> out.put(c.mount(), switch (c.kind()) {
                    case IMMUTABLE -> ProgramSettings.MountedVolume.immutable(c.mount(), c.ref(), c.useLatest());
                    case EPHEMERAL -> ProgramSettings.MountedVolume.ephemeral(c.mount(), c.sizeMib());
                    case PERSISTENT -> ProgramSettings.MountedVolume.persistent(c.mount(), c.name(), c.sizeMib(),
                            c.persistence() == null ? "host" : c.persistence());
                });
            }
        }
        return List.copyOf(out.values());
    }

    /** The before → after lines of reference changes handed over (code or runtime restored by a roll-back, for instance). */
    public static List<Line> referenceLines(List<ReferenceChange> references) {
        List<Line> out = new ArrayList<>();
        for (ReferenceChange r : references) {
            String what = I18n.get(switch (r.role()) {
                case CODE -> "wizard.settingsDiff.code";
                case RUNTIME -> "wizard.settingsDiff.runtime";
                case DATA -> "wizard.settingsDiff.data";
                default -> "wizard.settingsDiff.reference";
            });
            String after = (r.newRef() == null ? ShortHash.of(r.currentRef()) : ShortHash.of(r.newRef()))
                    + (r.useLatest() == null ? "" : I18n.get(r.useLatest() ? "wizard.settingsDiff.refFollows" : "wizard.settingsDiff.refPinned"));
            out.add(new Line(Kind.CHANGED, what, r.currentRef() == null ? "" : ShortHash.of(r.currentRef()), after));
        }
        return out;
    }

    /** Whether the editor should offer the newest official runtime: the program runs another one. */
    public static boolean offersNewestRuntime(ProgramSettings before) {
        return !OfficialRuntimes.isNewest(before.runtimeRef());
    }

    private static boolean runtimeChanges(ProgramSettings before, SettingsEdit after) {
        return after.newestRuntime() && offersNewestRuntime(before);
    }

    static String runtimeWords(String ref) {
        if (ref == null) {
            return I18n.get("wizard.settingsDiff.noRuntime");
        }
        String key = OfficialRuntimes.isNewest(ref) ? "wizard.settingsDiff.runtimeNewest"
                : OfficialRuntimes.isOfficial(ref) ? "wizard.settingsDiff.runtimeOlder" : "wizard.settingsDiff.runtimeOther";
        return I18n.format(key, ShortHash.of(ref));
    }

    private static VolumeChange added(ProgramSettings.MountedVolume v) {
        return switch (v.kind()) {
            case IMMUTABLE -> VolumeChange.add(v.mount(), v.ref(), v.followsLatest());
            case EPHEMERAL -> VolumeChange.addEphemeral(v.mount(), Math.toIntExact(v.sizeMib()));
            case PERSISTENT -> VolumeChange.addPersistent(v.mount(), v.name(), Math.toIntExact(v.sizeMib()), v.persistence());
        };
    }

    private static String volumeWords(ProgramSettings.MountedVolume v) {
        return switch (v.kind()) {
            case IMMUTABLE -> I18n.format(v.followsLatest() ? "wizard.settingsDiff.volumeLatest" : "wizard.settingsDiff.volumePinned",
                    ShortHash.of(v.ref()));
            case EPHEMERAL -> I18n.format("wizard.settingsDiff.volumeEphemeral", String.valueOf(v.sizeMib()));
            case PERSISTENT -> I18n.format("wizard.settingsDiff.volumePersistent", v.name() == null ? "" : " " + v.name(),
                    String.valueOf(v.sizeMib()), v.persistence() == null ? "host" : v.persistence());
        };
    }

    private static Map<String, ProgramSettings.MountedVolume> byMount(List<ProgramSettings.MountedVolume> volumes) {
        Map<String, ProgramSettings.MountedVolume> out = new TreeMap<>();
        volumes.forEach(v -> out.put(v.mount(), v));
        return out;
    }

    private static void number(List<Line> out, String key, int before, int after, String unit) {
        if (before != after) {
            out.add(new Line(Kind.CHANGED, I18n.get(key), before + unit, after + unit));
        }
    }

    private static void flag(List<Line> out, String key, boolean before, boolean after, String onKey, String offKey) {
        if (before != after) {
            out.add(new Line(Kind.CHANGED, I18n.get(key), I18n.get(before ? onKey : offKey), I18n.get(after ? onKey : offKey)));
        }
    }
}
