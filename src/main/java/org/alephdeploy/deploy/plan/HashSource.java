package org.alephdeploy.deploy.plan;

import java.util.function.Function;

/** A hash a step needs: already known, or the result of an earlier step. */
public sealed interface HashSource {
    String resolve(Function<StepRef, String> results);

    record Known(String hash) implements HashSource {
        public String resolve(Function<StepRef, String> results) {
            return hash;
        }

        @Override
        public String toString() {
            return hash;
        }
    }

    record FromStep(StepRef ref) implements HashSource {
        public String resolve(Function<StepRef, String> results) {
            String h = results.apply(ref);
            if (h == null) {
                throw new IllegalStateException("step " + ref.step() + " has no result yet");
            }
            return h;
        }

        @Override
        public String toString() {
            return ref.toString();
        }
    }

    static HashSource known(String hash) {
        return new Known(hash);
    }

    static HashSource of(StepRef ref) {
        return new FromStep(ref);
    }
}
