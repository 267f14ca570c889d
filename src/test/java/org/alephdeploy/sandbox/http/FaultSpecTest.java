package org.alephdeploy.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.alephdeploy.sandbox.http.FaultSpec.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultSpecTest {

    @Test
    void parsesEveryKindAndGivesTheSpecBack() {
        String text = "500=0.1,502=0.05,503=0.05,reset=0.02,slow=0.1:1500ms,truncate=0.05,path=/api/v0/*";
        FaultSpec spec = FaultSpec.parse(text);

        assertThat(spec.rate(Fault.STATUS_500)).isEqualTo(0.1);
        assertThat(spec.rate(Fault.STATUS_502)).isEqualTo(0.05);
        assertThat(spec.rate(Fault.STATUS_503)).isEqualTo(0.05);
        assertThat(spec.rate(Fault.RESET)).isEqualTo(0.02);
        assertThat(spec.rate(Fault.SLOW)).isEqualTo(0.1);
        assertThat(spec.rate(Fault.TRUNCATE)).isEqualTo(0.05);
        assertThat(spec.slowDelay()).isEqualTo(Duration.ofMillis(1500));
        assertThat(spec.toString()).isEqualTo(text);
        assertThat(FaultSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void acceptsSecondsSpacesAndAnyOrder() {
        FaultSpec spec = FaultSpec.parse(" slow = 1:2s , 500=0 ");
        assertThat(spec.slowDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(spec.toString()).isEqualTo("slow=1:2000ms");
    }

    @Test
    void noneInjectsNothing() {
        assertThat(FaultSpec.none().isNone()).isTrue();
        assertThat(FaultSpec.none().toString()).isEqualTo("none");
        assertThat(FaultSpec.parse("none")).isEqualTo(FaultSpec.none());
        assertThat(FaultSpec.parse("")).isEqualTo(FaultSpec.none());
        assertThat(FaultSpec.none().appliesTo("/api/v0/messages")).isFalse();
    }

    @Test
    void pathGlobRestrictsWhereFaultsApply() {
        FaultSpec spec = FaultSpec.parse("500=1,path=/api/v0/*");
        assertThat(spec.appliesTo("/api/v0/messages.json")).isTrue();
        assertThat(spec.appliesTo("/api/v0/storage/add_file")).isTrue();
        assertThat(spec.appliesTo("/api/v1/messages")).isFalse();
        assertThat(FaultSpec.parse("500=1").appliesTo("/anything")).isTrue();
    }

    @Test
    void drawsMapToFaultsByCumulativeRate() {
        FaultSpec spec = FaultSpec.parse("500=0.1,reset=0.2,truncate=0.3");
        assertThat(spec.choose(0.05)).isEqualTo(Fault.STATUS_500);
        assertThat(spec.choose(0.15)).isEqualTo(Fault.RESET);
        assertThat(spec.choose(0.45)).isEqualTo(Fault.TRUNCATE);
        assertThat(spec.choose(0.65)).isEqualTo(Fault.NONE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "404=0.1 | '404' is not a known fault",
        "500 | '500' is not of the form key=value",
        "500=abc | the rate of 500 must be a number between 0 and 1, got 'abc'",
        "500=1.5 | the rate of 500 must be between 0 and 1, got 1.5",
        "500=-0.1 | the rate of 500 must be between 0 and 1",
        "500=0.6,503=0.6 | the rates add up to 1.2, more than 1",
        "slow=0.1 | slow needs a rate and a delay, such as slow=0.1:1500ms",
        "slow=0.1:fast | the slow delay must be whole milliseconds or seconds",
        "500=0.1,500=0.2 | 500 is given twice",
        "500=0.1,path=api | path must be a glob starting with '/'",
        "500=0.1, | '' is not of the form key=value",
    })
    void rejectsBadSpecsWithAReadableSentence(String text, String why) {
        assertThatThrownBy(() -> FaultSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Bad fault spec '" + text + "'")
                .hasMessageContaining(why)
                .hasMessageContaining("Example: ");
    }
}
