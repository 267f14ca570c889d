package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.List;

/** Clients tuned for fast tests: short backoffs, short timeouts. */
final class Clients {
    static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(40),
            Duration.ofSeconds(20), Duration.ofMinutes(5));

    private Clients() {
    }

    static CcnClient.Builder fast(String... urls) {
        return CcnClient.builder().nodes(List.of(urls)).retryPolicy(FAST).connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10));
    }
}
