package org.alephdeploy.ui.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in tables: local time, minute precision, sortable by eye. */
public final class Times {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private Times() {
    }

    public static String shortTime(Instant time) {
        return time == null ? "" : SHORT.format(time);
    }
}
