package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.alephdeploy.ui.model.ShortHash;
import org.junit.jupiter.api.Test;

/** The run page's state without the toolkit: steps with names, the running one, a wait's elapsed time, the upload. */
class RunViewModelTest {
    private static final String HASH = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);
    private final RunViewModel vm = new RunViewModel();

    @Test
    void stepsNameWhatTheyTouchAndTheRunningOneIsMarked() {
        vm.steps(List.of("publish the amended program (replaces " + HASH + ")", "wait until the new program is processed",
                "forget [" + OTHER + "]"), new StepWords(Map.of(HASH, "weather-api")));

        assertThat(vm.steps()).extracting(RunViewModel.StepLine::words).containsExactly(
                "publish the amended program (replaces weather-api)", "wait until the new program is processed",
                "forget [" + ShortHash.of(OTHER) + "]");
        vm.step(1, 3, "wait until the new program is processed", 1_000);
        assertThat(vm.steps()).extracting(RunViewModel.StepLine::state).containsExactly(RunViewModel.StepState.DONE,
                RunViewModel.StepState.RUNNING, RunViewModel.StepState.PENDING);
        assertThat(vm.currentProperty().get()).contains("2").contains("3").contains("wait until the new program is processed");
    }

    @Test
    void aWaitShowsHowLongItHasLastedAndAnUploadItsRateAndTimeLeft() {
        vm.steps(List.of("upload", "wait until processed"), new StepWords(Map.of()));
        vm.step(0, 2, "upload", 0);
        assertThat(vm.elapsedProperty().get()).as("not a wait").isEmpty();
        vm.upload(1_048_576, 4_194_304, 524_288, 6);
        assertThat(vm.uploadProperty().get()).contains("1.0 MiB").contains("4.0 MiB").contains("512").contains("0:06 left");
        vm.step(1, 2, "wait until processed", 10_000);
        vm.tick(52_000);
        assertThat(vm.elapsedProperty().get()).contains("0:42");
        vm.ended(true);
        assertThat(vm.elapsedProperty().get()).isEmpty();
        assertThat(vm.steps()).allSatisfy(s -> assertThat(s.state()).isEqualTo(RunViewModel.StepState.DONE));
    }

    @Test
    void aLocalPathIsToldByItsFileNameAndAUrlStaysWhole() {
        StepWords words = new StepWords(Map.of());
        assertThat(words.say("upload /tmp/aleph-123/weather-api-2.4.zip (142 bytes) to storage"))
                .isEqualTo("upload weather-api-2.4.zip (142 bytes) to storage");
        assertThat(words.say("answers at https://aleph.sh/vm/abc")).isEqualTo("answers at https://aleph.sh/vm/abc");
    }

    @Test
    void clockReadsMinutesAndHours() {
        assertThat(RunViewModel.clock(5)).isEqualTo("0:05");
        assertThat(RunViewModel.clock(125)).isEqualTo("2:05");
        assertThat(RunViewModel.clock(3_725)).isEqualTo("1:02:05");
    }
}
