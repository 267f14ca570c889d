package org.alephdeploy.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeLabelsTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private static String ago(Duration d) {
        return TimeLabels.ago(NOW.minus(d), NOW);
    }

    @Test
    void agesReadAsWords() {
        assertThat(ago(Duration.ofSeconds(40))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("1 minute ago");
        assertThat(ago(Duration.ofMinutes(12))).isEqualTo("12 minutes ago");
        assertThat(ago(Duration.ofHours(3))).isEqualTo("3 hours ago");
        assertThat(ago(Duration.ofDays(1))).isEqualTo("24 hours ago");
        assertThat(ago(Duration.ofDays(5))).isEqualTo("5 days ago");
        assertThat(TimeLabels.ago(NOW.plusSeconds(90), NOW)).as("a clock ahead").isEqualTo("just now");
    }
}
