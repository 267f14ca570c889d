package org.alephdeploy.deploy.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageFilter;
import org.alephdeploy.ccn.MessageRecord;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;

/**
 * Which listed messages the node is {@code removing} (P-4.8: its balance rules found their payment
 * ran out). A listing page does not say each message's status, so one more listing of the address
 * filtered on {@code msgStatuses=removing} (usually empty) says which, and one per 50 of the other
 * owners' messages its programs use; the reason
 * ({@code balance_insufficient} or {@code credit_insufficient}) comes from the single-message
 * endpoint, asked only for those few.
 */
final class RemovingStatuses {
    /** How many owners (or item hashes) go into one listing. */
    private static final int OWNERS_PER_LISTING = 50;
    /** The listing runs on a thread of its own, alongside the main listing. */
    private static final Executor ALONGSIDE = task -> {
        Thread t = new Thread(task, "removing-listing");
        t.setDaemon(true);
        t.start();
    };

    private final CcnClient client;

    RemovingStatuses(CcnClient client) {
        this.client = client;
    }

    /** Starts listing the removing PROGRAM and STORE messages of {@code owners}; {@link #join} gives their hashes. */
    CompletableFuture<Set<String>> start(Collection<String> owners) {
        List<String> all = List.copyOf(new LinkedHashSet<>(owners));
        return CompletableFuture.supplyAsync(() -> hashes(all), ALONGSIDE);
    }

    /** The removing PROGRAM and STORE messages of {@code owners}, by item hash (a blocking listing per 50 owners). */
    Set<String> hashes(Collection<String> owners) {
        Set<String> out = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(owners);
        for (int from = 0; from < all.size(); from += OWNERS_PER_LISTING) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + OWNERS_PER_LISTING));
            for (Message m : client.listAll(MessageFilter.builder().owners(chunk.toArray(String[]::new))
                    .msgTypes(MessageType.PROGRAM, MessageType.STORE).msgStatuses(MessageStatus.REMOVING).build())) {
                out.add(m.itemHash());
            }
        }
        return out;
    }

    /**
     * Which of {@code itemHashes} (other owners' messages the address's programs use) are removing:
     * a listing per 50 hashes, so that an owner with many messages of its own costs nothing more.
     */
    Set<String> among(Collection<String> itemHashes) {
        Set<String> out = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(itemHashes));
        for (int from = 0; from < all.size(); from += OWNERS_PER_LISTING) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + OWNERS_PER_LISTING));
            for (Message m : client.listAll(MessageFilter.builder().hashes(chunk.toArray(String[]::new))
                    .msgStatuses(MessageStatus.REMOVING).build())) {
                out.add(m.itemHash());
            }
        }
        return out;
    }

    /** The result of {@link #start}, with the node's own failure (not a wrapper) when the listing failed. */
    static Set<String> join(CompletableFuture<Set<String>> listing) {
        try {
            return listing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /**
     * {@code messages} with those in {@code removing} marked so, each with its reason: from
     * {@code knownReasons} when an earlier load had it, else asked of the node.
     */
    List<ListedMessage> mark(List<ListedMessage> messages, Set<String> removing, Map<String, String> knownReasons) {
        if (removing.isEmpty()) {
            return messages;
        }
        List<ListedMessage> out = new ArrayList<>(messages.size());
        for (ListedMessage lm : messages) {
            boolean listedRemoving = removing.contains(lm.itemHash()) && lm.status().live();
            boolean told = lm.status() == MessageStatus.REMOVING && lm.reason() != null;
            out.add(listedRemoving && !told ? lm.withStatus(MessageStatus.REMOVING, reason(lm.itemHash(), knownReasons)) : lm);
        }
        return out;
    }

    /** The node's reason for removing {@code itemHash}, or null when it gives none. */
    String reason(String itemHash, Map<String, String> knownReasons) {
        String known = knownReasons.get(itemHash);
        if (known != null) {
            return known;
        }
        return client.message(itemHash).map(MessageRecord::reason).orElse(null);
    }

    /** The reasons of the removing messages of an earlier load, by item hash. */
    static Map<String, String> reasonsOf(Collection<ListedMessage> messages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ListedMessage lm : messages) {
            if (lm.status() == MessageStatus.REMOVING && lm.reason() != null) {
                out.put(lm.itemHash(), lm.reason());
            }
        }
        return out;
    }
}
