package org.alephdeploy.sandbox.rules;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How retryable failures are retried (P-4.1): at most {@code maxAttempts} attempts, the delay before
 * attempt n+1 drawn uniformly from {@code [0, min(2^n, maxDelay)]} seconds.
 *
 * <p>The sandbox's own copy, independent of the client's ccn.RetryPolicy (see package-info).
 */
public record PendingRetryPolicy(int maxAttempts, Duration maxDelay) {
    public static final PendingRetryPolicy REFERENCE = new PendingRetryPolicy(11, Duration.ofSeconds(300));

    public PendingRetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxDelay == null || maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must be zero or more");
        }
    }

    /** The delay in seconds after the {@code attempt}-th failed attempt (1-based). */
    public double delaySeconds(int attempt, RandomGenerator random) {
        double cap = Math.min(Math.pow(2, attempt), maxDelay.toMillis() / 1000.0);
        return cap <= 0 ? 0 : random.nextDouble() * cap;
    }
}
