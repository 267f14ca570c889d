package org.alephdeploy.ui.wizard.settings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.Volume;

/**
 * The settings of a program as the settings editor shows them before any edit: resources,
 * variables, persistence, internet, runtime and the immutable volumes (the only ones the editor
 * adds or removes). Pure.
 */
public record ProgramSettings(int vcpus, int memoryMib, int timeoutSeconds, Map<String, String> variables, boolean persistent,
        boolean internet, String runtimeRef, List<MountedVolume> volumes) {

    /** An immutable volume: a STORE mounted at {@code mount}, following its latest revision or pinned. */
    public record MountedVolume(String mount, String ref, boolean followsLatest) {
    }

    public ProgramSettings {
        variables = Map.copyOf(variables);
        volumes = List.copyOf(volumes);
    }

    /** The settings held by a PROGRAM content. */
    public static ProgramSettings of(ProgramContent c) {
        List<MountedVolume> volumes = c.volumes().stream().filter(v -> v.kind() == Volume.Kind.IMMUTABLE)
                .map(v -> new MountedVolume(v.mount(), v.ref(), v.useLatest())).toList();
        Reference runtime = c.runtime();
        return new ProgramSettings(c.vcpus(), c.memoryMib(), c.timeoutSeconds(), c.variables(), c.persistent(), c.internet(),
                runtime == null ? null : runtime.ref(), volumes);
    }

    /** The variables in key order. */
    public Map<String, String> sortedVariables() {
        return new TreeMap<>(variables);
    }
}
