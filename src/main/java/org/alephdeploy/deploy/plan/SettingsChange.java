package org.alephdeploy.deploy.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alephdeploy.message.Reference;

/**
 * The settings a user asked to change; null fields stay as they are. Any change to a PROGRAM's
 * content gives a new program (amend or recreate), never an in-place edit.
 */
public record SettingsChange(
        Integer vcpus,
        Integer memoryMib,
        Integer timeoutSeconds,
        Map<String, String> setVariables,
        Set<String> removeVariables,
        Boolean persistent,
        Boolean internet,
        List<VolumeChange> volumes,
        List<ReferenceChange> references) {

    public SettingsChange {
        setVariables = setVariables == null ? Map.of() : Map.copyOf(setVariables);
        removeVariables = removeVariables == null ? Set.of() : Set.copyOf(removeVariables);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static SettingsChange none() {
        return new SettingsChange(null, null, null, null, null, null, null, null, null);
    }

    public static SettingsChange resources(Integer vcpus, Integer memoryMib, Integer timeoutSeconds) {
        return new SettingsChange(vcpus, memoryMib, timeoutSeconds, null, null, null, null, null, null);
    }

    public static SettingsChange ofReferences(List<ReferenceChange> changes) {
        return new SettingsChange(null, null, null, null, null, null, null, null, changes);
    }

    public static SettingsChange runtime(String runtimeRoot, boolean useLatest) {
        return ofReferences(List.of(new ReferenceChange(Reference.Role.RUNTIME, null, runtimeRoot, useLatest)));
    }

    public boolean isEmpty() {
        return vcpus == null && memoryMib == null && timeoutSeconds == null && setVariables.isEmpty()
                && removeVariables.isEmpty() && persistent == null && internet == null && volumes.isEmpty()
                && references.isEmpty();
    }
}
