package org.alephdeploy.ui.wizard.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.ui.fx.I18n;

/**
 * The editor's text fields, read and written: numbers with their limits (docs/PROTOCOL.md P-3.2),
 * variables as {@code KEY=value} lines, immutable volumes as {@code /mount = STORE hash} lines
 * ({@code pinned} at the end pins one). A problem is said as what, why and what to do. Pure.
 */
final class SettingsText {
    static final int MAX_VCPUS = 256;
    static final int MAX_MEMORY_MIB = 1_048_576;
    static final int MAX_TIMEOUT_SECONDS = 315_360_000;
    static final int MAX_KEY = 128;
    static final int MAX_VALUE = 4096;
    private static final String PINNED = "pinned";

    /** A parsed field: its value, or the problem in words. */
    record Parsed<T>(T value, String problem) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> bad(String problem) {
            return new Parsed<>(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private SettingsText() {
    }

    static Parsed<Integer> number(String text, String fieldKey, int max) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        String field = I18n.get(fieldKey);
        try {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= max) {
                return Parsed.ok(n);
            }
        } catch (NumberFormatException e) {
            return Parsed.bad(I18n.format("wizard.settings.badNumber", field, t, max));
        }
        return Parsed.bad(I18n.format("wizard.settings.outOfRange", field, t, max));
    }

    static String variables(Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(variables).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    static Parsed<Map<String, String>> variables(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line.strip() : line.substring(0, eq).strip();
            if (eq <= 0 || key.isEmpty()) {
                return Parsed.bad(I18n.format("wizard.settings.badVariableLine", n + 1, line.strip()));
            }
            String value = line.substring(eq + 1);
            if (key.length() > MAX_KEY || value.length() > MAX_VALUE) {
                return Parsed.bad(I18n.format("wizard.settings.variableTooLong", key, MAX_KEY, MAX_VALUE));
            }
            if (out.put(key, value) != null) {
                return Parsed.bad(I18n.format("wizard.settings.variableTwice", key));
            }
        }
        return Parsed.ok(out);
    }

    static String volumes(List<ProgramSettings.MountedVolume> volumes) {
        StringBuilder out = new StringBuilder();
        volumes.forEach(v -> out.append(v.mount()).append(" = ").append(v.ref()).append(v.followsLatest() ? "" : " " + PINNED)
                .append('\n'));
        return out.toString();
    }

    static Parsed<List<ProgramSettings.MountedVolume>> volumes(String text) {
        List<ProgramSettings.MountedVolume> out = new ArrayList<>();
        Set<String> mounts = new TreeSet<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String mount = eq < 0 ? "" : line.substring(0, eq).strip();
            String[] rest = eq < 0 ? new String[0] : line.substring(eq + 1).strip().split("\\s+");
            boolean pinned = rest.length == 2 && PINNED.equalsIgnoreCase(rest[1]);
            if (!mount.startsWith("/") || rest.length == 0 || rest.length > 2 || rest.length == 2 && !pinned) {
                return Parsed.bad(I18n.format("wizard.settings.badVolumeLine", n + 1, line));
            }
            if (!ItemHashes.isSha256Hex(rest[0])) {
                return Parsed.bad(I18n.format("wizard.settings.badVolumeHash", n + 1, rest[0]));
            }
            if (!mounts.add(mount)) {
                return Parsed.bad(I18n.format("wizard.settings.volumeTwice", mount));
            }
            out.add(new ProgramSettings.MountedVolume(mount, rest[0], !pinned));
        }
        return Parsed.ok(out);
    }
}
