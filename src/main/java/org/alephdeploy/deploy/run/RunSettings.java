package org.alephdeploy.deploy.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the runner waits for the node and how often it asks. The reference node retries a
 * message with a missing dependency for minutes before it rejects it, so the default waits are long;
 * tests and the sandbox use short ones.
 */
public record RunSettings(Duration processedTimeout, Duration forgottenTimeout, Duration firstPoll, Duration maxPoll) {
    public RunSettings {
        Objects.requireNonNull(processedTimeout, "processedTimeout");
        Objects.requireNonNull(forgottenTimeout, "forgottenTimeout");
        Objects.requireNonNull(firstPoll, "firstPoll");
        Objects.requireNonNull(maxPoll, "maxPoll");
    }

    public static RunSettings defaults() {
        return new RunSettings(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** Short waits for a local sandbox node. */
    public static RunSettings quick() {
        return new RunSettings(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofMillis(20), Duration.ofMillis(250));
    }
}
