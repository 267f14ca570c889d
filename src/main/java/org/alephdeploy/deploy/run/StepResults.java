package org.alephdeploy.deploy.run;

import java.util.HashMap;
import java.util.Map;
import org.alephdeploy.deploy.plan.StepRef;

/** The result of each finished step (a hash), as later steps refer to it. */
final class StepResults {
    private final Map<Integer, String> byStep;

    StepResults(Map<Integer, String> journaled) {
        this.byStep = new HashMap<>(journaled);
    }

    String of(StepRef ref) {
        return byStep.get(ref.step());
    }

    String get(int step) {
        return byStep.get(step);
    }

    void put(int step, String result) {
        byStep.put(step, result);
    }

    Map<Integer, String> asMap() {
        return byStep;
    }
}
