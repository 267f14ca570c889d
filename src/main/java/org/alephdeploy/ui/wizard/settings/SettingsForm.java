package org.alephdeploy.ui.wizard.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alephdeploy.deploy.plan.SettingsChange;

/**
 * Turns the settings form into a {@link SettingsChange}: only what differs from the program's
 * current values, plus reference and volume changes handed over by a follow-up. Pure.
 */
final class SettingsForm {
    private SettingsForm() {
    }

    /** {@code KEY=VALUE} per line; blank lines ignored. Empty when a line has no '=' or an empty key. */
    static Optional<Map<String, String>> variables(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                return Optional.empty();
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1));
        }
        return Optional.of(out);
    }

    static SettingsChange change(int currentVcpus, int currentMemory, int vcpus, int memory, Integer timeout,
            Map<String, String> variables, SettingsChange handedOver) {
        SettingsChange base = handedOver == null ? SettingsChange.none() : handedOver;
        return new SettingsChange(vcpus == currentVcpus ? base.vcpus() : Integer.valueOf(vcpus),
                memory == currentMemory ? base.memoryMib() : Integer.valueOf(memory),
                timeout != null ? timeout : base.timeoutSeconds(),
                variables.isEmpty() ? base.setVariables() : variables, base.removeVariables(), base.persistent(),
                base.internet(), base.volumes(), base.references());
    }
}
