package org.alephdeploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageFilter;
import org.alephdeploy.message.Message;

/**
 * Seeds a node over HTTP: a few threads post messages with {@code sync: true}, each waiting for its
 * message to be processed. Sync posts keep the node's pending queue as short as the thread count;
 * posting thousands with {@code sync: false} first is far slower, because the sandbox scans its
 * whole pending table for every message it processes.
 */
final class SeedPoster {
    private final CcnClient client;
    private final int threads;

    SeedPoster(CcnClient client, int threads) {
        this.client = client;
        this.threads = threads;
    }

    /** Posts every message; returns when all are processed (a rejection or an error fails the seeding). */
    void post(List<Message> messages, BenchNode node) {
        long before = processedCount();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < messages.size(); i += threads) {
                        node.postProcessed(messages.get(i));
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
        long after = processedCount();
        if (after - before != messages.size()) {
            throw new IllegalStateException("the node holds " + (after - before) + " new processed benchmark messages, "
                    + messages.size() + " were posted");
        }
    }

    long processedCount() {
        Long total = client.messages(MessageFilter.builder().channels(BenchMessages.CHANNEL).build(), 1, 1).total();
        if (total == null) {
            throw new IllegalStateException("the node's listing gave no total");
        }
        return total;
    }
}
