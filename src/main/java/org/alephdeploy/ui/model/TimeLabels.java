package org.alephdeploy.ui.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.alephdeploy.ui.fx.I18n;
import java.time.Duration;

/** Dates in tables: local time, minute precision, sortable by eye. */
public final class TimeLabels {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private TimeLabels() {
    }

    public static String shortTime(Instant time) {
        return time == null ? "" : SHORT.format(time);
    }

    /** How long ago {@code then} was, in words: "just now", "12 minutes ago", "3 hours ago", "2 days ago". */
    public static String ago(Instant then, Instant now) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return I18n.get("time.ago.justNow");
        }
        if (minutes < 120) {
            return I18n.format("time.ago.minutes", minutes);
        }
        long hours = minutes / 60;
        return hours < 48 ? I18n.format("time.ago.hours", hours) : I18n.format("time.ago.days", hours / 24);
    }
}
