package org.alephdeploy.ui.wizard;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rehearsal's file size cap as the user types it: a number and a unit ("100 MiB", "512 KiB",
 * "1.5 GiB", "2048" bytes; KB, MB and GB are read as their binary kin, as the command line's
 * {@code --max-file-size} default of 100 MiB is).
 */
final class FileCap {
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*([a-zA-Z]*)\\s*");
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB"};
    /** The largest cap the sandbox could hold a file of (2 GiB). */
    static final long MAX = 2L * 1024 * 1024 * 1024;

    private FileCap() {
    }

    /** The cap in bytes, or empty when {@code text} is not a size from 0 to 2 GiB. */
    static OptionalLong parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        int unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 0;
            case "k", "kb", "kib" -> 1;
            case "m", "mb", "mib" -> 2;
            case "g", "gb", "gib" -> 3;
            default -> -1;
        };
        if (unit < 0) {
            return OptionalLong.empty();
        }
        BigDecimal bytes = new BigDecimal(m.group(1).replace(',', '.')).multiply(BigDecimal.valueOf(1L << (10 * unit)));
        if (bytes.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(bytes.longValue());
    }

    /** {@code bytes} in the largest unit that says it exactly ("100 MiB", "1536 KiB", "1000 B"). */
    static String format(long bytes) {
        int unit = 0;
        long value = bytes;
        while (unit < UNITS.length - 1 && value >= 1024 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + " " + UNITS[unit];
    }
}
