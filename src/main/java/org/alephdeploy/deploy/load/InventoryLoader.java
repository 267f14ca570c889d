package org.alephdeploy.deploy.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.alephdeploy.ccn.AddressFiles;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.FileMetadata;
import org.alephdeploy.ccn.ForgottenEntry;
import org.alephdeploy.ccn.MessageFilter;
import org.alephdeploy.ccn.MessageRecord;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.inventory.Authorization;
import org.alephdeploy.deploy.inventory.Authorizations;
import org.alephdeploy.deploy.inventory.FileInfo;
import org.alephdeploy.deploy.inventory.ForgottenSkeleton;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.deploy.inventory.Rejection;
import org.alephdeploy.deploy.inventory.StatusChange;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.StoreContent;
import org.alephdeploy.message.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a {@link NodeSnapshot} for one address from a node: every PROGRAM and STORE it owns (by
 * {@code owners}, so delegated ones too), the skeletons of its forgotten ones, the STOREs of other
 * owners its programs reference (and their revisions), the security aggregates of the owners
 * involved, file sizes and presence, and the statuses of messages this app sent (pending or
 * rejected ones never appear in listings). Blocking; uses the client's parallel paging.
 *
 * <p>A delta asks only for what changed since the previous fetch: messages with an envelope
 * time from the previous fetch time minus a safety margin (times are set by senders and may lag),
 * FORGETs of the address in that window, and fresh statuses of every item that was not final.
 */
public final class InventoryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryLoader.class);
    /** How many hashes go into one {@code hashes=}/{@code refs=} query. */
    private static final int CHUNK = 50;
    /** At most this many other owners' security aggregates are fetched per load. */
    private static final int MAX_OWNERS = 25;
    /** How many first-bytes reads of files are in flight at once. */
    private static final int KIND_READERS = 4;

    private final CcnClient client;
    private final String network;
    private final Supplier<BigDecimal> clock;
    private final RemovingStatuses removing;

    public InventoryLoader(CcnClient client, String network, Supplier<BigDecimal> clock) {
        this.client = Objects.requireNonNull(client);
        this.network = Objects.requireNonNull(network);
        this.clock = Objects.requireNonNull(clock);
        this.removing = new RemovingStatuses(client);
    }

    public InventoryLoader(CcnClient client, String network) {
        this(client, network, Times::now);
    }

    public String network() {
        return network;
    }

    /**
     * Everything the address owns now, plus the statuses of {@code tracked} hashes (messages this
     * app sent). The requests that do not depend on the main listing (forgotten skeletons, the
     * address's files and security aggregate, its removing messages) run alongside it.
     */
    public NodeSnapshot full(String address, Collection<String> tracked) {
        BigDecimal at = clock.get();
        Map<String, ListedMessage> messages = new LinkedHashMap<>();
        ListingChecks checks = new ListingChecks();
        CompletableFuture<Set<String>> ownRemoving = removing.start(List.of(address));
        CompletableFuture<List<ForgottenSkeleton>> forgottenListing = alongside(() -> forgotten(address));
        CompletableFuture<Map<String, FileInfo>> ownFiles = alongside(() -> {
            Map<String, FileInfo> files = new HashMap<>();
            addressFiles(address, 0, files);
            return files;
        });
        CompletableFuture<List<Authorization>> ownGrants = alongside(() -> grantsOf(address));
        client.listAll(owned(address).build(), page -> checks.start(listed(page, messages)));
        List<ForgottenSkeleton> forgotten = joined(forgottenListing);
        Set<String> known = new LinkedHashSet<>(messages.keySet());
        forgotten.forEach(f -> known.add(f.itemHash()));
        Map<String, ListedMessage> others = referencedStores(messages.values(), known);
        others.forEach(messages::putIfAbsent);
        Set<String> removingNow = new LinkedHashSet<>(RemovingStatuses.join(ownRemoving));
        removingNow.addAll(removing.among(othersOf(address, others.values())));
        List<StatusChange> statuses = new ArrayList<>();
        track(tracked, known, messages, forgotten, statuses);
        Map<String, FileInfo> files = new HashMap<>(joined(ownFiles));
        otherFiles(messages.values(), address, files);
        Authorizations grants = grants(address, messages.values(), joined(ownGrants));
        List<ListedMessage> checked = removing.mark(checks.finish(messages.values()), removingNow, Map.of());
        return new NodeSnapshot(network, address, at, checked, forgotten, statuses, files, grants);
    }

    /** The skeletons of the address's forgotten PROGRAMs and STOREs. */
    private List<ForgottenSkeleton> forgotten(String address) {
        List<ForgottenSkeleton> forgotten = new ArrayList<>();
        for (ForgottenEntry f : client.listAllForgotten(MessageFilter.builder().owners(address)
                .msgTypes(MessageType.PROGRAM, MessageType.STORE)
                .msgStatuses(MessageStatus.FORGOTTEN).build())) {
            forgotten.add(new ForgottenSkeleton(f.itemHash(), f.type(), f.owner(), f.forgottenBy()));
        }
        return forgotten;
    }

    /** The result of {@link #alongside}, with the node's own failure (not a wrapper) when the request failed. */
    private static <T> T joined(CompletableFuture<T> request) {
        try {
            return request.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Runs {@code request} on a thread of its own (requests wait on the node, not on the CPU). */
    private static <T> CompletableFuture<T> alongside(Supplier<T> request) {
        return CompletableFuture.supplyAsync(request, task -> {
            Thread t = new Thread(task, "inventory-alongside");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * What changed since {@code previous} was fetched: to be merged with {@link Inventory#merge}.
     * {@code margin} widens the time window (senders set envelope times; a message may be processed
     * well after its time). The address's FORGETs and security aggregate are requested alongside
     * the listing.
     */
    public NodeSnapshot delta(Inventory previous, Collection<String> tracked, Duration margin) {
        String address = previous.address();
        BigDecimal at = clock.get();
        BigDecimal since = previous.fetchedAt().subtract(BigDecimal.valueOf(margin.toMillis(), 3)).max(BigDecimal.ZERO);
        Map<String, ListedMessage> messages = new LinkedHashMap<>();
        ListingChecks checks = new ListingChecks();
        CompletableFuture<Set<String>> removingListing = removing.start(List.of(address));
        CompletableFuture<List<Message>> forgets = alongside(() -> client.listAll(MessageFilter.builder().owners(address)
                .msgTypes(MessageType.FORGET).startDate(since).build()));
        CompletableFuture<List<Authorization>> ownGrants = alongside(() -> grantsOf(address));
        client.listAll(owned(address).startDate(since).build(), page -> checks.start(listed(page, messages)));
        Map<String, String> typeOf = new HashMap<>();
        Map<String, String> ownerOf = new HashMap<>();
        for (ListedMessage lm : previous.source().messages()) {
            typeOf.put(lm.itemHash(), lm.message().typeName());
            ownerOf.put(lm.itemHash(), lm.message().owner());
        }
        messages.values().forEach(lm -> {
            typeOf.put(lm.itemHash(), lm.message().typeName());
            ownerOf.put(lm.itemHash(), lm.message().owner());
        });
        List<ForgottenSkeleton> forgotten = new ArrayList<>();
        for (Message f : joined(forgets)) {
            for (JsonNode h : f.content().path("hashes")) {
                String hash = h.asText();
                if (typeOf.containsKey(hash)) {
                    forgotten.add(new ForgottenSkeleton(hash, typeOf.get(hash), ownerOf.get(hash), List.of(f.itemHash())));
                }
            }
        }
        Set<String> known = new LinkedHashSet<>(typeOf.keySet());
        previous.source().forgotten().forEach(f -> known.add(f.itemHash()));
        List<ListedMessage> programs = new ArrayList<>(messages.values());
        previous.source().messages().stream().filter(lm -> lm.status().live()).forEach(programs::add);
        Map<String, ListedMessage> others = referencedStores(programs, known);
        others.forEach(messages::putIfAbsent);
        List<String> recheck = new ArrayList<>(tracked);
        for (ListedMessage lm : previous.source().messages()) {
            if (lm.status() == MessageStatus.PENDING || lm.status() == MessageStatus.REJECTED) {
                recheck.add(lm.itemHash());
            }
        }
        previous.source().statusChanges().stream().filter(c -> !c.status().terminal()).forEach(c -> recheck.add(c.itemHash()));
        Set<String> settled = new LinkedHashSet<>(messages.keySet());
        forgotten.forEach(f -> settled.add(f.itemHash()));
        for (ListedMessage lm : previous.source().messages()) {
            if (lm.status().live() || lm.status().terminal()) {
                settled.add(lm.itemHash());
            }
        }
        previous.source().forgotten().forEach(f -> settled.add(f.itemHash()));
        List<StatusChange> statuses = new ArrayList<>();
        track(recheck, settled, messages, forgotten, statuses);
        Map<String, FileInfo> files = new HashMap<>();
        long newStores = messages.values().stream().filter(lm -> "STORE".equals(lm.message().typeName())).count();
        if (newStores > 0) {
            addressFiles(address, (int) Math.min(1000, Math.max(20, newStores * 2)), files);
            otherFiles(messages.values(), address, files);
        }
        Authorizations grants = grants(address, List.of(), joined(ownGrants));
        Set<String> removingNow = new LinkedHashSet<>(RemovingStatuses.join(removingListing));
        List<ListedMessage> seenBefore = new ArrayList<>(previous.source().messages());
        seenBefore.addAll(messages.values());
        removingNow.addAll(removing.among(othersOf(address, seenBefore)));
        Map<String, String> knownReasons = RemovingStatuses.reasonsOf(previous.source().messages());
        List<ListedMessage> checked = new ArrayList<>(removing.mark(checks.finish(messages.values()), removingNow, knownReasons));
        restatus(previous, removingNow, knownReasons, checked, forgotten);
        return new NodeSnapshot(network, address, at, checked, forgotten, statuses, files, grants);
    }

    /**
     * Adds to {@code into} the earlier messages whose status changed without a new message: those
     * the node now lists as removing, and those it no longer does (back to processed after a top-up,
     * or removed: the node says which, asked only for these few).
     */
    private void restatus(Inventory previous, Set<String> removingNow, Map<String, String> knownReasons,
            List<ListedMessage> into, List<ForgottenSkeleton> forgotten) {
        Set<String> seen = new LinkedHashSet<>();
        into.forEach(lm -> seen.add(lm.itemHash()));
        forgotten.forEach(f -> seen.add(f.itemHash()));
        for (ListedMessage lm : previous.source().messages()) {
            String h = lm.itemHash();
            if (seen.contains(h) || !lm.status().live()) {
                continue;
            }
            boolean nowRemoving = removingNow.contains(h);
            if (nowRemoving && lm.status() != MessageStatus.REMOVING) {
                into.add(lm.withStatus(MessageStatus.REMOVING, removing.reason(h, knownReasons)));
            } else if (!nowRemoving && lm.status() == MessageStatus.REMOVING) {
                MessageRecord r = client.message(h).orElse(null);
                if (r == null) {
                    continue;
                }
                if (r.status() == MessageStatus.FORGOTTEN) {
                    forgotten.add(new ForgottenSkeleton(h, lm.message().typeName(), lm.message().owner(), r.forgottenBy()));
                } else {
                    into.add(lm.withStatus(r.status(), r.reason()));
                }
            }
        }
    }

    /** The hashes of the live or pending {@code messages} that {@code address} does not own. */
    private static Set<String> othersOf(String address, Collection<ListedMessage> messages) {
        Set<String> out = new LinkedHashSet<>();
        for (ListedMessage lm : messages) {
            if (!address.equals(lm.message().owner()) && (lm.status().live() || lm.status() == MessageStatus.PENDING)) {
                out.add(lm.itemHash());
            }
        }
        return out;
    }

    /** Adds a listed page to {@code into} (as processed messages); returns the ones it added. */
    private static List<ListedMessage> listed(List<Message> page, Map<String, ListedMessage> into) {
        List<ListedMessage> added = new ArrayList<>(page.size());
        for (Message m : page) {
            ListedMessage lm = ListedMessage.processed(m);
            if (into.putIfAbsent(m.itemHash(), lm) == null) {
                added.add(lm);
            }
        }
        return added;
    }

    private static MessageFilter.Builder owned(String address) {
        return MessageFilter.builder().owners(address).msgTypes(MessageType.PROGRAM, MessageType.STORE);
    }

    /** The STOREs the programs reference that are not already known (other owners'), and the revisions of their roots. */
    private Map<String, ListedMessage> referencedStores(Collection<ListedMessage> messages, Set<String> known) {
        Set<String> wanted = new LinkedHashSet<>();
        for (ListedMessage lm : messages) {
            if (!"PROGRAM".equals(lm.message().typeName())) {
                continue;
            }
            try {
                for (Reference r : lm.message().programContent().references()) {
                    if (r.ref() != null && !known.contains(r.ref())) {
                        wanted.add(r.ref());
                    }
                }
            } catch (MessageFormatException e) {
                // an unreadable program is flagged by the inventory; its references are unknown
            }
        }
        Map<String, ListedMessage> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        for (List<String> chunk : chunks(wanted)) {
            for (Message m : client.listAll(MessageFilter.builder().hashes(chunk.toArray(String[]::new)).build())) {
                out.put(m.itemHash(), ListedMessage.processed(m));
            }
        }
        Set<String> roots = new LinkedHashSet<>();
        for (ListedMessage lm : out.values()) {
            try {
                StoreContent c = lm.message().storeContent();
                roots.add(c.isRevision() ? c.ref() : lm.itemHash());
            } catch (MessageFormatException e) {
                // not a readable STORE: no revisions to look for
            }
        }
        for (List<String> chunk : chunks(roots)) {
            for (Message m : client.listAll(MessageFilter.builder().msgTypes(MessageType.STORE)
                    .refs(chunk.toArray(String[]::new)).build())) {
                if (!known.contains(m.itemHash())) {
                    out.putIfAbsent(m.itemHash(), ListedMessage.processed(m));
                }
            }
        }
        for (String root : roots) {
            if (!out.containsKey(root) && !known.contains(root)) {
                client.listAll(MessageFilter.builder().hashes(root).build())
                        .forEach(m -> out.putIfAbsent(m.itemHash(), ListedMessage.processed(m)));
            }
        }
        return out;
    }

    /** Statuses of hashes this app sent that listings do not show (pending, rejected) or that changed. */
    private void track(Collection<String> hashes, Set<String> settled, Map<String, ListedMessage> messages,
            List<ForgottenSkeleton> forgotten, List<StatusChange> statuses) {
        Set<String> seen = new LinkedHashSet<>();
        for (String h : hashes) {
            if (settled.contains(h) || messages.containsKey(h) || !seen.add(h)) {
                continue;
            }
            MessageRecord r = client.message(h).orElse(null);
            if (r == null) {
                continue;
            }
            MessageStatus status = r.status();
            Message m = r.message();
            boolean withContent = m != null && m.itemContent() != null
                    && ("PROGRAM".equals(m.typeName()) || "STORE".equals(m.typeName()));
            Rejection error = r.errorCode() == null ? null
                    : new Rejection(r.errorCode(), r.details() == null || r.details().isNull() ? null : r.details().toString());
            if (status == MessageStatus.FORGOTTEN && m != null) {
                forgotten.add(new ForgottenSkeleton(h, m.typeName(), m.envelope().path("owner").asText(null), r.forgottenBy()));
            } else if (withContent) {
                messages.put(h, new ListedMessage(m, status, error, List.of(), r.reason()));
            } else {
                statuses.add(new StatusChange(h, status, error));
            }
        }
    }

    private void addressFiles(String address, int perPage, Map<String, FileInfo> files) {
        AddressFiles page = client.addressFiles(address, 1, perPage, true);
        for (AddressFiles.File f : page.files()) {
            files.put(f.fileHash(), new FileInfo(f.fileHash(), f.size(), true));
        }
    }

    /** Sizes of the files of other owners' STOREs (not in the address's file listing). */
    private void otherFiles(Collection<ListedMessage> messages, String address, Map<String, FileInfo> files) {
        for (ListedMessage lm : messages) {
            if (!"STORE".equals(lm.message().typeName()) || address.equals(lm.message().owner())) {
                continue;
            }
            String hash;
            try {
                hash = lm.message().storeContent().fileHash();
            } catch (MessageFormatException e) {
                continue;
            }
            if (hash != null && !files.containsKey(hash)) {
                FileMetadata meta = client.fileMetadata(hash).orElse(null);
                files.put(hash, new FileInfo(hash, meta == null ? null : meta.size(), meta != null));
            }
        }
    }

    /**
     * The security aggregates of the address ({@code own}, fetched already) and of the other owners
     * whose items are in the snapshot.
     */
    private Authorizations grants(String address, Collection<ListedMessage> messages, List<Authorization> own) {
        Set<String> owners = new LinkedHashSet<>();
        owners.add(address);
        for (ListedMessage lm : messages) {
            String o = lm.message().owner();
            if (o != null && owners.size() < MAX_OWNERS) {
                owners.add(o);
            }
        }
        Map<String, List<Authorization>> byOwner = new LinkedHashMap<>();
        for (String owner : owners) {
            byOwner.put(owner, owner.equals(address) ? own : grantsOf(owner));
        }
        return new Authorizations(byOwner);
    }

    /** What {@code owner}'s security aggregate authorises (none when it has none). */
    private List<Authorization> grantsOf(String owner) {
        return client.aggregates(owner, "security")
                .map(a -> a.data().get("security"))
                .filter(JsonNode::isObject)
                .map(v -> Authorization.fromSecurityAggregate(owner, v))
                .orElse(List.of());
    }

    /** File presence for hashes the inventory still needs (e.g. forgotten revisions, for a rollback). */
    public Map<String, FileInfo> filePresence(Inventory inventory, int max) {
        Map<String, FileInfo> out = new HashMap<>();
        for (var v : inventory.ownVolumes()) {
            for (StoreRevision r : v.timeline()) {
                if (out.size() >= max) {
                    return out;
                }
                if (r.fileHash() != null && !r.status().live() && !inventory.fileOnNode(r.fileHash())) {
                    FileMetadata meta = client.fileMetadata(r.fileHash()).orElse(null);
                    out.put(r.fileHash(), new FileInfo(r.fileHash(), meta == null ? null : meta.size(), meta != null));
                }
            }
        }
        return out;
    }

    /**
     * What each file is, read from its first bytes only ({@link CcnClient#fileHead}); files the
     * node no longer holds are left out. A failing read ends the reading (the kinds are only
     * advice, and the next load tries again) instead of failing the inventory.
     */
    public Map<String, ArchiveMagic> fileKinds(Collection<String> fileHashes) {
        Map<String, ArchiveMagic> out = new HashMap<>();
        List<String> all = new ArrayList<>(fileHashes);
        ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, Math.min(KIND_READERS, all.size())), r -> {
            Thread t = new Thread(r, "file-kinds");
            t.setDaemon(true);
            return t;
        });
        try {
            // a few reads in flight at once (each is one small request); results are taken in order
            for (int from = 0; from < all.size(); from += KIND_READERS) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + KIND_READERS));
                List<Future<Optional<byte[]>>> heads = new ArrayList<>();
                for (String hash : batch) {
                    heads.add(readers.submit(() -> client.fileHead(hash, ArchiveMagic.BYTES_NEEDED)));
                }
                for (int i = 0; i < batch.size(); i++) {
                    String hash = batch.get(i);
                    try {
                        heads.get(i).get().ifPresent(head -> out.put(hash, ArchiveMagic.of(head)));
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof NodeError ne) {
                            LOG.warn("cannot read the first bytes of file {} (its kind stays unknown): {}", hash, ne.getMessage());
                            return out;
                        }
                        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    }
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return out;
        } finally {
            readers.shutdownNow();
        }
    }

    private static List<List<String>> chunks(Collection<String> all) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String s : all) {
            cur.add(s);
            if (cur.size() == CHUNK) {
                out.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }
}
