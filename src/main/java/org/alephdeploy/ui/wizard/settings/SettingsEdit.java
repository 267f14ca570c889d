package org.alephdeploy.ui.wizard.settings;

import java.util.List;
import java.util.Map;

/**
 * The settings as the user left them in the editor, parsed and checked: what the program should
 * have after the change. {@code newestRuntime} asks for the newest official runtime. Pure.
 */
public record SettingsEdit(int vcpus, int memoryMib, int timeoutSeconds, Map<String, String> variables, boolean persistent,
        boolean internet, boolean newestRuntime, List<ProgramSettings.MountedVolume> volumes) {

    public SettingsEdit {
        variables = Map.copyOf(variables);
        volumes = List.copyOf(volumes);
    }

    /** No edit at all: what {@code before} holds. */
    public static SettingsEdit unchanged(ProgramSettings before) {
        return new SettingsEdit(before.vcpus(), before.memoryMib(), before.timeoutSeconds(), before.variables(), before.persistent(),
                before.internet(), false, before.volumes());
    }
}
