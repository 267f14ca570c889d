package org.alephdeploy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupTimelineTest {
    @AfterEach
    void markerOff() {
        System.clearProperty(FirstFrameMarker.PROPERTY);
    }

    @Test
    void withTheMarkerOnEachStepIsPrintedWithItsTimeAfterJvmStartAndItsThread() throws Exception {
        System.setProperty(FirstFrameMarker.PROPERTY, "true");
        StartupTimeline.mark("timeline-test-step");
        Thread.sleep(20);
        long now = System.nanoTime();

        String line = StartupTimeline.line(1_000, now);

        assertThat(line).startsWith(StartupTimeline.PREFIX + " ");
        Matcher step = Pattern.compile("timeline-test-step=(\\d+)ms\\((.+?)\\)").matcher(line);
        assertThat(step.find()).isTrue();
        // marked at least 20 ms before the moment whose uptime was 1,000 ms
        assertThat(Long.parseLong(step.group(1))).isBetween(0L, 980L);
        assertThat(step.group(2)).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void withTheMarkerOffNothingIsKept() {
        StartupTimeline.mark("timeline-test-unmarked");

        assertThat(StartupTimeline.line(1_000, System.nanoTime())).doesNotContain("timeline-test-unmarked");
    }
}
