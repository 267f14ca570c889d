package org.alephdeploy.deploy.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.MessageChecks;

/**
 * Checks listed messages (item hash of the exact {@code item_content}, signature) on other
 * threads while the loader goes on listing: {@link #start} as soon as a page arrives,
 * {@link #finish} once every listing is done. Signature recovery is CPU work, so it gets a pool
 * of its own as large as the machine (the common pool leaves one core out, which on a 2-core
 * machine is half of it).
 */
final class ListingChecks {
    private static final ForkJoinPool CHECKERS = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            pool -> {
                var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("message-checks-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);

    private final Executor executor;
    private final Map<ListedMessage, CompletableFuture<ListedMessage>> started = new IdentityHashMap<>();

    ListingChecks() {
        this(CHECKERS);
    }

    ListingChecks(Executor executor) {
        this.executor = executor;
    }

    /** Starts checking {@code messages} (one task per batch, not per message: a page is a few hundred). */
    void start(Collection<ListedMessage> messages) {
        List<ListedMessage> fresh = new ArrayList<>();
        for (ListedMessage lm : messages) {
            if (!started.containsKey(lm)) {
                fresh.add(lm);
            }
        }
        int batch = 25;
        for (int from = 0; from < fresh.size(); from += batch) {
            List<ListedMessage> part = fresh.subList(from, Math.min(fresh.size(), from + batch));
            CompletableFuture<List<ListedMessage>> done = CompletableFuture.supplyAsync(
                    () -> part.stream().map(MessageChecks::checked).toList(), executor);
            for (int i = 0; i < part.size(); i++) {
                int index = i;
                started.put(part.get(i), done.thenApply(list -> list.get(index)));
            }
        }
    }

    /** Every one of {@code messages} with its checks done, in the same order. */
    List<ListedMessage> finish(Collection<ListedMessage> messages) {
        start(messages);
        List<ListedMessage> out = new ArrayList<>(messages.size());
        for (ListedMessage lm : messages) {
            out.add(started.get(lm).join());
        }
        return out;
    }
}
