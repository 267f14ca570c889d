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
import org.alephdeploy.message.Message;

/**
 * Checks listed messages (item hash of the exact {@code item_content}, signature) and parses
 * their content on other threads while the loader goes on listing: {@link #start} as soon as a
 * page arrives, {@link #finish} once every listing is done. Signature recovery is CPU work, so
 * it gets a pool of its own as large as the machine (the common pool leaves one core out, which
 * on a 2-core machine is half of it).
 *
 * <p>A message that verifies stays the very {@link ListedMessage} that was listed (its problems
 * are already none); only one that does not is replaced, by a copy carrying its problems. So a
 * load holds one {@code ListedMessage} per message, and one pending result per batch.
 */
final class ListingChecks {
    private static final int BATCH = 25;
    private static final ForkJoinPool CHECKERS = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            pool -> {
                var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("message-checks-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);

    private final Executor executor;
    /** Each started message's batch: what it yields are the batch's messages that do not verify, with their problems. */
    private final Map<ListedMessage, CompletableFuture<Map<ListedMessage, ListedMessage>>> started = new IdentityHashMap<>();

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
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<ListedMessage> part = List.copyOf(fresh.subList(from, Math.min(fresh.size(), from + BATCH)));
            CompletableFuture<Map<ListedMessage, ListedMessage>> done = CompletableFuture.supplyAsync(() -> failing(part), executor);
            part.forEach(lm -> started.put(lm, done));
        }
    }

    private static Map<ListedMessage, ListedMessage> failing(List<ListedMessage> part) {
        Map<ListedMessage, ListedMessage> out = new IdentityHashMap<>();
        for (ListedMessage lm : part) {
            readContent(lm.message());
            ListedMessage checked = MessageChecks.checked(lm);
            if (checked != lm) {
                out.put(lm, checked);
            }
        }
        return out;
    }

    /**
     * Parses the message's content here rather than on the loader's thread after the last page:
     * its owner is kept, and a PROGRAM keeps its parsed content (what the loader reads for its
     * references, the inventory for its views). Content that cannot be read is left for the
     * inventory to flag.
     */
    private static void readContent(Message m) {
        try {
            m.owner();
        } catch (RuntimeException e) {
            // the inventory reads it again and flags it
        }
    }

    /** Every one of {@code messages} with its checks done, in the same order. */
    List<ListedMessage> finish(Collection<ListedMessage> messages) {
        start(messages);
        List<ListedMessage> out = new ArrayList<>(messages.size());
        for (ListedMessage lm : messages) {
            out.add(started.get(lm).join().getOrDefault(lm, lm));
        }
        return out;
    }
}
