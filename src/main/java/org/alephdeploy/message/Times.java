package org.alephdeploy.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Message times: Unix seconds as exact decimals. */
public final class Times {
    private Times() {
    }

    /** Now, in seconds with millisecond precision and at least one fractional digit. */
    public static BigDecimal now() {
        return ofMillis(System.currentTimeMillis());
    }

    public static BigDecimal ofMillis(long millis) {
        BigDecimal seconds = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return seconds.scale() < 1 ? seconds.setScale(1, RoundingMode.UNNECESSARY) : seconds;
    }

    public static Instant toInstant(BigDecimal seconds) {
        BigDecimal nanos = seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP);
        return Instant.ofEpochSecond(0, 0).plusNanos(nanos.longValueExact());
    }

    /** Parses ISO-8601 times as older nodes print them; null when the text is not one. */
    public static BigDecimal parseIso(String text) {
        try {
            String normalized = text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$") ? text : text + "Z";
            Instant instant = OffsetDateTime.parse(normalized).toInstant();
            return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ISO-8601 UTC as the node prints it: fractional part only when it is not zero. */
    public static String iso(BigDecimal seconds) {
        Instant i = toInstant(seconds);
        long micros = i.getNano() / 1000;
        String base = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(i);
        return micros == 0 ? base + "Z" : base + String.format(".%06dZ", micros);
    }
}
