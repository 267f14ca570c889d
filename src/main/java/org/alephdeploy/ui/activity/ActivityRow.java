package org.alephdeploy.ui.activity;

import java.time.Instant;
import java.util.Objects;

/** One operation of the journal: an intent being run step by step. */
public record ActivityRow(
        String id,
        Instant started,
        String intent,
        String target,
        ActivityState state,
        int stepsDone,
        int stepsTotal,
        String currentStep) {

    public ActivityRow {
        Objects.requireNonNull(id);
        Objects.requireNonNull(state);
    }

    public double progress() {
        return stepsTotal == 0 ? 0 : (double) stepsDone / stepsTotal;
    }
}
