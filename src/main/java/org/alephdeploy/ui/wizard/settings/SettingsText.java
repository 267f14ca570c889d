package org.alephdeploy.ui.wizard.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.ui.fx.I18n;

/**
 * The editor's text fields, read and written: numbers with their limits (docs/PROTOCOL.md P-3.2),
 * variables as {@code KEY=value} lines, volumes as lines (P-3.3): {@code /mount = STORE hash}
 * ({@code pinned} at the end pins it), {@code /mount = ephemeral 100 MiB}, {@code /mount =
 * persistent NAME 500 MiB host}. A problem is said as what, why and what to do. Pure.
 */
final class SettingsText {
    static final int MAX_VCPUS = 256;
    static final int MAX_MEMORY_MIB = 1_048_576;
    static final int MAX_TIMEOUT_SECONDS = 315_360_000;
    static final int MAX_KEY = 128;
    static final int MAX_VALUE = 4096;
    static final int MAX_EPHEMERAL_MIB = 1000;
    static final int MAX_PERSISTENT_MIB = 1_953_125;
    static final int MAX_LABEL = 256;
    private static final String PINNED = "pinned";
    private static final String EPHEMERAL = "ephemeral";
    private static final String PERSISTENT = "persistent";
    private static final String MIB = "MiB";
    private static final String HOST = "host";
    private static final String STORE = "store";

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
        volumes.forEach(v -> out.append(v.mount()).append(" = ").append(volumeText(v)).append('\n'));
        return out.toString();
    }

    /** What follows "/mount = " for a volume: its hash, "ephemeral N MiB" or "persistent [NAME] N MiB host". */
    static String volumeText(ProgramSettings.MountedVolume v) {
        return switch (v.kind()) {
            case IMMUTABLE -> v.ref() + (v.followsLatest() ? "" : " " + PINNED);
            case EPHEMERAL -> EPHEMERAL + " " + v.sizeMib() + " " + MIB;
            case PERSISTENT -> PERSISTENT + (v.name() == null ? "" : " " + v.name()) + " " + v.sizeMib() + " " + MIB
                    + (v.persistence() == null ? "" : " " + v.persistence());
        };
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
            if (!mount.startsWith("/") || rest.length == 0 || rest[0].isEmpty()) {
                return Parsed.bad(I18n.format("wizard.settings.badVolumeLine", n + 1, line));
            }
            if (mount.length() > MAX_LABEL) {
                return Parsed.bad(I18n.format("wizard.settings.volumeMountTooLong", n + 1, MAX_LABEL));
            }
            Parsed<ProgramSettings.MountedVolume> volume = EPHEMERAL.equalsIgnoreCase(rest[0]) ? ephemeral(n + 1, mount, rest)
                    : PERSISTENT.equalsIgnoreCase(rest[0]) ? persistent(n + 1, mount, rest) : immutable(n + 1, mount, line, rest);
            if (!volume.ok()) {
                return Parsed.bad(volume.problem());
            }
            if (!mounts.add(mount)) {
                return Parsed.bad(I18n.format("wizard.settings.volumeTwice", mount));
            }
            out.add(volume.value());
        }
        return Parsed.ok(out);
    }

    private static Parsed<ProgramSettings.MountedVolume> immutable(int line, String mount, String text, String[] rest) {
        boolean pinned = rest.length == 2 && PINNED.equalsIgnoreCase(rest[1]);
        if (rest.length > 2 || rest.length == 2 && !pinned) {
            return Parsed.bad(I18n.format("wizard.settings.badVolumeLine", line, text));
        }
        if (!ItemHashes.isSha256Hex(rest[0])) {
            return Parsed.bad(I18n.format("wizard.settings.badVolumeHash", line, rest[0]));
        }
        return Parsed.ok(ProgramSettings.MountedVolume.immutable(mount, rest[0], !pinned));
    }

    /** {@code ephemeral N [MiB]}: 1 to 1000 MiB (P-3.3). */
    private static Parsed<ProgramSettings.MountedVolume> ephemeral(int line, String mount, String[] rest) {
        boolean unit = rest.length == 3 && MIB.equalsIgnoreCase(rest[2]);
        Long size = rest.length >= 2 ? size(rest[1]) : null;
        if (size == null || rest.length > 3 || rest.length == 3 && !unit) {
            return Parsed.bad(I18n.format("wizard.settings.badEphemeralLine", line, String.join(" ", rest)));
        }
        if (size < 1 || size > MAX_EPHEMERAL_MIB) {
            return Parsed.bad(I18n.format("wizard.settings.ephemeralSize", line, size, MAX_EPHEMERAL_MIB));
        }
        return Parsed.ok(ProgramSettings.MountedVolume.ephemeral(mount, size));
    }

    /** {@code persistent [NAME] N [MiB] [host|store]}: 1 to 1,953,125 MiB (P-3.3), on the host (C-2). */
    private static Parsed<ProgramSettings.MountedVolume> persistent(int line, String mount, String[] rest) {
        Long size = null;
        String name = null;
        String persistence = null;
        for (int i = 1; i < rest.length; i++) {
            String t = rest[i];
            Long n = size(t);
            if (n != null && size == null) {
                size = n;
            } else if (MIB.equalsIgnoreCase(t) && size != null) {
                continue;
            } else if (HOST.equalsIgnoreCase(t) || STORE.equalsIgnoreCase(t)) {
                persistence = t.toLowerCase(Locale.ROOT);
            } else if (name == null && size == null) {
                name = t;
            } else {
                return Parsed.bad(I18n.format("wizard.settings.badPersistentLine", line, String.join(" ", rest)));
            }
        }
        if (size == null) {
            return Parsed.bad(I18n.format("wizard.settings.badPersistentLine", line, String.join(" ", rest)));
        }
        if (size < 1 || size > MAX_PERSISTENT_MIB) {
            return Parsed.bad(I18n.format("wizard.settings.persistentSize", line, size, MAX_PERSISTENT_MIB));
        }
        if (name != null && name.length() > MAX_LABEL) {
            return Parsed.bad(I18n.format("wizard.settings.volumeNameTooLong", line, MAX_LABEL));
        }
        if (STORE.equals(persistence)) {
            return Parsed.bad(I18n.format("wizard.settings.persistenceStore", line));
        }
        return Parsed.ok(ProgramSettings.MountedVolume.persistent(mount, name, size, persistence == null ? HOST : persistence));
    }

    private static Long size(String token) {
        String t = token.replace(",", "").replace("_", "");
        if (!t.matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.parseLong(t);
    }
}
