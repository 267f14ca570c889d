package org.alephdeploy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageFilter;
import org.alephdeploy.ccn.MessageStatus;
import org.alephdeploy.ccn.MessageStatusInfo;
import org.alephdeploy.ccn.PostResult;
import org.alephdeploy.message.Message;

/**
 * Seeds a node over HTTP: posts messages with {@code sync: false} from a few threads (the node
 * queues them; its one processing thread is the bottleneck either way), then waits until the
 * node's count of processed benchmark-channel messages has grown by as many.
 */
final class SeedPoster {
    private static final Duration STALL = Duration.ofSeconds(90);
    private static final long POLL_MS = 200;

    private final CcnClient client;
    private final int threads;

    SeedPoster(CcnClient client, int threads) {
        this.client = client;
        this.threads = threads;
    }

    void postAndAwait(List<Message> messages, Duration timeout) {
        long target = processedCount() + messages.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < messages.size(); i += threads) {
                        PostResult r = client.postMessage(messages.get(i), false);
                        if (!r.accepted()) {
                            throw new IllegalStateException("the node refused seed message " + messages.get(i).itemHash()
                                    + ": HTTP " + r.httpStatus());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        } finally {
            pool.shutdownNow();
        }
        awaitProcessed(messages, target, timeout);
    }

    private void awaitProcessed(List<Message> messages, long target, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long now = processedCount();
            if (now >= target) {
                return;
            }
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
            if (System.nanoTime() - lastChange > STALL.toNanos() || System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("seeding stalled at " + now + " of " + target + " processed messages; "
                        + firstUnprocessed(messages));
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the seed to be processed", e);
            }
        }
    }

    private String firstUnprocessed(List<Message> messages) {
        for (Message m : messages) {
            MessageStatus s = client.messageStatus(m.itemHash()).map(MessageStatusInfo::status).orElse(null);
            if (s != MessageStatus.PROCESSED) {
                return m.typeName() + " " + m.itemHash() + " is " + s + " (check it with GET /api/v0/messages/" + m.itemHash() + ")";
            }
        }
        return "every message of this phase is processed, so others of the channel changed the count";
    }

    long processedCount() {
        Long total = client.messages(MessageFilter.builder().channels(BenchMessages.CHANNEL).build(), 1, 1).total();
        if (total == null) {
            throw new IllegalStateException("the node's listing gave no total");
        }
        return total;
    }
}
