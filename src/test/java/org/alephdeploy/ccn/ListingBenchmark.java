package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.List;
import org.alephdeploy.message.Message;

/** A benchmark hook: lists every message of an owner with {@link CcnClient#listAll} and times it. */
public final class ListingBenchmark {
    /** How long listing {@code messages} messages of {@code owner} took. */
    public record Timing(String owner, int messages, Duration elapsed) {
        public double messagesPerSecond() {
            long nanos = Math.max(1, elapsed.toNanos());
            return messages * 1_000_000_000.0 / nanos;
        }

        @Override
        public String toString() {
            return String.format("listAll owner=%s: %d messages in %d ms (%.0f msg/s)", owner, messages,
                    elapsed.toMillis(), messagesPerSecond());
        }
    }

    private ListingBenchmark() {
    }

    public static Timing listOwner(CcnClient client, String owner) {
        long started = System.nanoTime();
        List<Message> all = client.listAll(MessageFilter.builder().owners(owner).build());
        return new Timing(owner, all.size(), Duration.ofNanos(System.nanoTime() - started));
    }
}
