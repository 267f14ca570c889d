package org.alephdeploy.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
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
        BigDecimal common = parseCommonUtc(text);
        if (common != null) {
            return common;
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

    /**
     * {@link #parseIso} of the shape nodes print ({@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} then nothing,
     * {@code Z} or {@code +00:00}) without the general parser, which costs a file listing of thousands
     * of entries most of its time; null for any other text (the general path then decides).
     */
    private static BigDecimal parseCommonUtc(String text) {
        int n = text.length();
        int end = n;
        if (end > 0 && text.charAt(end - 1) == 'Z') {
            end--;
        } else if (end >= 6 && text.startsWith("+00:00", end - 6)) {
            end -= 6;
        }
        if (end < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (end > 19) {
            int fraction = end - 20;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, end);
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long epochSecond = days * 86_400 + hour * 3_600L + minute * 60L + second;
        BigDecimal seconds = BigDecimal.valueOf(epochSecond).add(BigDecimal.valueOf(nanos, 9));
        return atLeastOneFractionDigit(seconds.stripTrailingZeros());
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
