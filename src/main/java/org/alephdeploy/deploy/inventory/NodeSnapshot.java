package org.alephdeploy.deploy.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import java.util.Collections;

/**
 * What the node returned for one address at one moment, as a loader fills it: the messages with
 * their content (processed and removing from listings; pending and rejected ones this app sent),
 * skeletons of forgotten messages, status reports, file facts and the security grants of the
 * owners involved. Pure data: building an {@link Inventory} from it does no I/O.
 *
 * <p>A <em>delta</em> snapshot has the same shape: the messages newer than the previous fetch and
 * the status changes seen since.
 */
public record NodeSnapshot(
        String network,
        String address,
        BigDecimal fetchedAt,
        List<ListedMessage> messages,
        List<ForgottenSkeleton> forgotten,
        List<StatusChange> statusChanges,
        Map<String, FileInfo> files,
        Authorizations authorizations) {

    public NodeSnapshot {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        messages = messages == null ? List.of() : List.copyOf(messages);
        forgotten = forgotten == null ? List.of() : List.copyOf(forgotten);
        statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
        // a sorted view, so that the next snapshot's copy of it is linear (TreeMap copies a SortedMap without comparing)
        files = files == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(files));
        authorizations = authorizations == null ? Authorizations.none() : authorizations;
    }

    /** A snapshot of processed messages only, for tests and simple loaders. */
    public static NodeSnapshot ofProcessed(String network, String address, BigDecimal fetchedAt, List<Message> messages) {
        return new NodeSnapshot(network, address, fetchedAt, messages.stream().map(ListedMessage::processed).toList(),
                List.of(), List.of(), Map.of(), Authorizations.none());
    }

    /**
     * The same facts with one entry per hash, sorted by hash: each message once with its
     * effective status, each skeleton once, status reports only for hashes known by nothing else.
     */
    public NodeSnapshot normalized() {
        return fold(List.of(this), network, address, fetchedAt, files, authorizations);
    }

    /**
     * The facts of {@code older} updated by {@code newer} (a delta or a full refetch): newer
     * statuses win, except that a forgotten or removed hash never comes back; message content
     * seen in either is kept (a forgotten revision keeps its file hash from the older fetch).
     */
    public static NodeSnapshot union(NodeSnapshot older, NodeSnapshot newer) {
        if (!older.network.equals(newer.network) || !older.address.equals(newer.address)) {
            throw new IllegalArgumentException("cannot merge the inventory of " + older.address + " on " + older.network
                    + " with a snapshot of " + newer.address + " on " + newer.network);
        }
        Map<String, FileInfo> files = new TreeMap<>(older.files);
        files.putAll(newer.files);
        BigDecimal at = newer.fetchedAt.max(older.fetchedAt);
        return fold(List.of(older, newer), older.network, older.address, at, files,
                older.authorizations.overlay(newer.authorizations));
    }

    private static NodeSnapshot fold(List<NodeSnapshot> inOrder, String network, String address, BigDecimal at,
            Map<String, FileInfo> files, Authorizations grants) {
        // hashed, then sorted once: three tree look-ups of a 64-character key per message cost more
        Map<String, ListedMessage> content = new HashMap<>();
        Map<String, Observed> state = new HashMap<>();
        Map<String, ForgottenSkeleton> skeletons = new TreeMap<>();
        for (NodeSnapshot s : inOrder) {
            for (ListedMessage m : s.messages) {
                ListedMessage seen = content.get(m.itemHash());
                if (seen == null || (!seen.verifies() && m.verifies())) {
                    content.put(m.itemHash(), m);
                }
                observe(state, m.itemHash(), m.status(), m.error(), m.reason());
            }
            for (StatusChange c : s.statusChanges) {
                observe(state, c.itemHash(), c.status(), c.error(), null);
            }
            for (ForgottenSkeleton f : s.forgotten) {
                ForgottenSkeleton prev = skeletons.get(f.itemHash());
                if (prev != null) {
                    LinkedHashSet<String> by = new LinkedHashSet<>(prev.forgottenBy());
                    by.addAll(f.forgottenBy());
                    f = new ForgottenSkeleton(f.itemHash(), f.type(), f.owner() != null ? f.owner() : prev.owner(), List.copyOf(by));
                }
                skeletons.put(f.itemHash(), f);
                observe(state, f.itemHash(), MessageStatus.FORGOTTEN, null, null);
            }
        }
        List<ListedMessage> messages = new ArrayList<>();
        List<StatusChange> rest = new ArrayList<>();
        List<String> hashes = new ArrayList<>(state.keySet());
        Collections.sort(hashes);
        for (String hash : hashes) {
            Observed st = state.get(hash);
            ListedMessage m = content.get(hash);
            if (m != null) {
                boolean same = m.status() == st.status() && Objects.equals(m.error(), st.error())
                        && Objects.equals(m.reason(), st.reason());
                messages.add(same ? m : new ListedMessage(m.message(), st.status(), st.error(), m.problems(), st.reason()));
            } else if (!skeletons.containsKey(hash)) {
                rest.add(new StatusChange(hash, st.status(), st.error()));
            }
        }
        return new NodeSnapshot(network, address, at, messages, List.copyOf(skeletons.values()), rest, files, grants);
    }

    private static void observe(Map<String, Observed> state, String hash, MessageStatus status, Rejection error,
            String reason) {
        Observed prev = state.get(hash);
        if (prev != null && prev.status().terminal() && !status.terminal()) {
            return;
        }
        state.put(hash, new Observed(status, status == MessageStatus.REJECTED ? error : null, reason));
    }

    private record Observed(MessageStatus status, Rejection error, String reason) {
    }
}
