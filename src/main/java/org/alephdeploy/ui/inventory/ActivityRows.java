package org.alephdeploy.ui.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityState;
import org.alephdeploy.ui.model.ShortHash;

/** The Activity tab's rows of the journal's operations. Pure. */
public final class ActivityRows {
    private ActivityRows() {
    }

    /** @param names display names by item hash, to name the target of an operation */
    public static List<ActivityRow> of(List<OperationSummary> operations, Map<String, String> names) {
        return operations.stream().map(s -> row(s, names)).toList();
    }

    static ActivityRow row(OperationSummary s, Map<String, String> names) {
        String intent = s.intent() == null ? "" : s.intent();
        String target = "";
        String hash = s.target();
        if (hash != null) {
            target = names.getOrDefault(hash, ShortHash.of(hash));
            intent = intent.replace(hash, ShortHash.of(hash));
        }
        Instant started = s.started() != null ? s.started() : Instant.EPOCH;
        return new ActivityRow(s.id(), started, intent, target, state(s), s.stepsDone(), s.stepCount(),
                s.words() == null ? "" : s.words());
    }

    static ActivityState state(OperationSummary s) {
        return switch (s.status()) {
            case RUNNING -> ActivityState.RUNNING;
            case INTERRUPTED -> ActivityState.INTERRUPTED;
            case FAILED -> ActivityState.FAILED;
            case DONE -> ActivityState.DONE;
            case ABANDONED -> ActivityState.ABANDONED;
        };
    }
}
