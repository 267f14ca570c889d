package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard a call tries: up to {@code maxRetries} waits with exponential backoff and full jitter
 * (a uniform delay in {@code [0, min(maxDelay, baseDelay·2^retry)]}), all inside an overall
 * deadline per call. Transfers (uploads and downloads) get their own, longer deadline.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration callDeadline,
                          Duration transferDeadline) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(8),
            Duration.ofMinutes(3), Duration.ofHours(2));

    /** One attempt only: nothing is retried (failover to another node still happens). */
    public static final RetryPolicy NO_RETRY = new RetryPolicy(0, Duration.ZERO, Duration.ZERO,
            Duration.ofMinutes(3), Duration.ofHours(2));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (callDeadline.isNegative() || callDeadline.isZero() || transferDeadline.isNegative()
                || transferDeadline.isZero()) {
            throw new IllegalArgumentException("deadlines must be positive");
        }
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, baseDelay, maxDelay, callDeadline, transferDeadline);
    }

    public RetryPolicy withDelays(Duration base, Duration max) {
        return new RetryPolicy(maxRetries, base, max, callDeadline, transferDeadline);
    }

    public RetryPolicy withCallDeadline(Duration deadline) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, deadline, transferDeadline);
    }

    public RetryPolicy withTransferDeadline(Duration deadline) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, callDeadline, deadline);
    }

    /** The backoff before retry number {@code retry} (0-based), full jitter. */
    public Duration delayBefore(int retry) {
        long cap = ceiling(retry);
        return cap <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /** The upper bound of {@link #delayBefore(int)}. */
    public long ceiling(int retry) {
        long base = baseDelay.toNanos();
        long max = maxDelay.toNanos();
        int shift = Math.min(retry, 30);
        long exp = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
        return Math.min(max, exp);
    }
}
