package org.alephdeploy.ui.wizard.settings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.Volume;

/**
 * The settings of a program as the settings editor shows them before any edit: resources,
 * variables, persistence, internet, runtime and the volumes that have a mount path (immutable,
 * ephemeral and persistent). Pure.
 */
public record ProgramSettings(int vcpus, int memoryMib, int timeoutSeconds, Map<String, String> variables, boolean persistent,
        boolean internet, String runtimeRef, List<MountedVolume> volumes) {

    /**
     * A volume mounted at {@code mount}: immutable (a STORE {@code ref}, following its latest
     * revision or pinned), ephemeral ({@code sizeMib}) or persistent ({@code sizeMib}, optional
     * {@code name}, {@code persistence} host or store).
     */
    public record MountedVolume(Volume.Kind kind, String mount, String ref, boolean followsLatest, Long sizeMib, String name,
            String persistence) {

        public static MountedVolume immutable(String mount, String ref, boolean followsLatest) {
            return new MountedVolume(Volume.Kind.IMMUTABLE, mount, ref, followsLatest, null, null, null);
        }

        public static MountedVolume ephemeral(String mount, long sizeMib) {
            return new MountedVolume(Volume.Kind.EPHEMERAL, mount, null, false, sizeMib, null, null);
        }

        public static MountedVolume persistent(String mount, String name, long sizeMib, String persistence) {
            return new MountedVolume(Volume.Kind.PERSISTENT, mount, null, false, sizeMib, name, persistence);
        }

        /** True when only the size differs from {@code other} (an ephemeral or persistent volume resized in place). */
        public boolean resizedFrom(MountedVolume other) {
            return other != null && kind != Volume.Kind.IMMUTABLE && kind == other.kind && Objects.equals(name, other.name)
                    && Objects.equals(persistence, other.persistence) && !Objects.equals(sizeMib, other.sizeMib);
        }
    }

    public ProgramSettings {
        variables = Map.copyOf(variables);
        volumes = List.copyOf(volumes);
    }

    /** The settings held by a PROGRAM content. */
    public static ProgramSettings of(ProgramContent c) {
        List<MountedVolume> volumes = c.volumes().stream().filter(v -> v.mount() != null)
                .map(ProgramSettings::mounted).toList();
        Reference runtime = c.runtime();
        return new ProgramSettings(c.vcpus(), c.memoryMib(), c.timeoutSeconds(), c.variables(), c.persistent(), c.internet(),
                runtime == null ? null : runtime.ref(), volumes);
    }

    private static MountedVolume mounted(Volume v) {
        long size = v.sizeMib() == null ? 0 : v.sizeMib();
        return switch (v.kind()) {
            case IMMUTABLE -> MountedVolume.immutable(v.mount(), v.ref(), v.useLatest());
            case EPHEMERAL -> MountedVolume.ephemeral(v.mount(), size);
            case PERSISTENT -> MountedVolume.persistent(v.mount(), v.name(), size, v.persistence());
        };
    }

    /** The variables in key order. */
    public Map<String, String> sortedVariables() {
        return new TreeMap<>(variables);
    }
}
