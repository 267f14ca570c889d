package org.alephdeploy.deploy.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.IdentityHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.MessageChecks;

/**
 * Checks listed messages (item hash of the exact {@code item_content}, signature) on other
 * threads while the loader goes on listing: {@link #start} as soon as a listing returns,
 * {@link #finish} once every listing is done.
 */
final class ListingChecks {
    private final Executor executor;
    private final Map<ListedMessage, CompletableFuture<ListedMessage>> started = new IdentityHashMap<>();

    ListingChecks() {
        this(ForkJoinPool.commonPool());
    }

    ListingChecks(Executor executor) {
        this.executor = executor;
    }

    void start(Collection<ListedMessage> messages) {
        for (ListedMessage lm : messages) {
            started.computeIfAbsent(lm, m -> CompletableFuture.supplyAsync(() -> MessageChecks.checked(m), executor));
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
