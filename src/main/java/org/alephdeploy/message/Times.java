package org.alephdeploy.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message times: Unix seconds as exact decimals. */
public final class Times {
    private static final Pattern OFFSET = Pattern.compile("(.*)([+-])(\\d\\d):?(\\d\\d)");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** Times at or beyond this (year 5138) are no message's: a hostile {@code 1e999999999} among them. */
    private static final int MAX_INTEGER_DIGITS = 11;
    /** More fractional digits than any node writes (Python floats print 17 significant digits at most). */
    private static final int MAX_FRACTION_DIGITS = 20;

    /**
     * {@code t} when it is a sane message time (0 ≤ t < 10^11 s, at most 20 fractional digits), else
     * null. Checked on the decimal's precision and scale only, never by expanding its digits, so a
     * time of {@code 1e999999999} costs nothing.
     */
    public static BigDecimal sane(BigDecimal t) {
        if (t == null || t.signum() < 0 || t.scale() > MAX_FRACTION_DIGITS
                || (long) t.precision() - t.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return t;
    }

    /** Now, in seconds with millisecond precision and at least one fractional digit. */
    public static BigDecimal now() {
        return ofMillis(System.currentTimeMillis());
    }

    public static BigDecimal ofMillis(long millis) {
        return atLeastOneFractionDigit(BigDecimal.valueOf(millis, 3).stripTrailingZeros());
    }

    public static Instant toInstant(BigDecimal seconds) {
        BigDecimal nanos = seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP);
        return Instant.ofEpochSecond(0, 0).plusNanos(nanos.longValueExact());
    }

    /**
     * Parses ISO-8601 times as nodes and Python print them ({@code 2022-10-06T11:15:54.517756Z},
     * {@code …+00:00}, {@code …+0000}, a space instead of {@code T}, no zone meaning UTC); null
     * when the text is not one. The result has at least one fractional digit, never an exponent.
     */
    public static BigDecimal parseIso(String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.strip().replace(' ', 'T');
        if (normalized.endsWith("Z") || normalized.endsWith("z")) {
            normalized = normalized.substring(0, normalized.length() - 1) + "+00:00";
        }
        int timeStart = normalized.indexOf('T');
        Matcher offset = OFFSET.matcher(normalized);
        if (timeStart > 0 && offset.matches() && offset.start(2) > timeStart) {
            normalized = offset.group(1) + offset.group(2) + offset.group(3) + ":" + offset.group(4);
        } else {
            normalized = normalized + "+00:00";
        }
        try {
            Instant instant = OffsetDateTime.parse(normalized).toInstant();
            BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
            return atLeastOneFractionDigit(seconds.stripTrailingZeros());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ISO-8601 UTC as the node prints it: fractional part only when it is not zero. */
    public static String iso(BigDecimal seconds) {
        Instant i = toInstant(seconds);
        long micros = i.getNano() / 1000;
        String base = SECONDS.format(i);
        return micros == 0 ? base + "Z" : base + String.format(Locale.ROOT, ".%06dZ", micros);
    }

    private static BigDecimal atLeastOneFractionDigit(BigDecimal value) {
        return value.scale() < 1 ? value.setScale(1, RoundingMode.UNNECESSARY) : value;
    }
}
