package org.alephdeploy.deploy.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Times;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;

/**
 * What one address owns on one network at one moment: its programs with their amends folded,
 * its volumes with their revisions, tags, dependencies both ways and mutability on both axes.
 * Built from a {@link NodeSnapshot}; pure and immutable.
 */
public final class Inventory {
    private final NodeSnapshot source;
    private final List<ProgramChain> chains;
    /** The chain of each program version by item hash; made on first use (only the details pane and delete plans ask). */
    private volatile Map<String, ProgramChain> chainByVersion;
    private final Map<String, ProgramView> programs;
    private final Map<String, VolumeView> volumes;
    private final Map<String, StoreRevision> stores;
    private final List<TagGroup> tags;
    /** What the files read so far are, by file hash (content-addressed, so never stale). */
    private final Map<String, ArchiveMagic> fileKinds;
    /** Why each message that does not verify must not be acted on, by item hash. */
    private final Map<String, List<String>> unverified;
    /** The node's reason for each removing (or removed) message that gave one, by item hash. */
    private final Map<String, String> reasons;

    private Inventory(NodeSnapshot source, InventoryBuilder b) {
        this.source = source;
        this.chains = List.copyOf(b.chains());
        this.programs = Map.copyOf(b.programs());
        this.volumes = Collections.unmodifiableMap(new LinkedHashMap<>(b.volumes()));
        this.stores = Map.copyOf(b.stores());
        this.tags = List.copyOf(b.tags());
        this.fileKinds = Map.of();
        this.unverified = unverified(source);
        Map<String, String> why = new TreeMap<>();
        source.messages().stream().filter(lm -> lm.reason() != null).forEach(lm -> why.put(lm.itemHash(), lm.reason()));
        this.reasons = Collections.unmodifiableMap(why);
    }

    private Inventory(Inventory base, Map<String, ArchiveMagic> fileKinds) {
        this.source = base.source;
        this.chains = base.chains;
        this.chainByVersion = base.chainByVersion;
        this.programs = base.programs;
        this.volumes = base.volumes;
        this.stores = base.stores;
        this.tags = base.tags;
        this.fileKinds = Map.copyOf(fileKinds);
        this.unverified = base.unverified;
        this.reasons = base.reasons;
    }

    /**
     * The messages that must not be acted on: their item hash or signature does not verify, or
     * their sender is neither the owner nor authorised by the owner's security aggregate (P-3.7).
     */
    private static Map<String, List<String>> unverified(NodeSnapshot source) {
        Map<String, List<String>> out = new TreeMap<>();
        for (ListedMessage lm : source.messages()) {
            List<String> problems = new ArrayList<>(lm.problems());
            var m = lm.message();
            String owner;
            try {
                owner = m.owner();
            } catch (RuntimeException e) {
                owner = null;
            }
            if (owner == null) {
                problems.add("its content names no owner");
            } else if (!source.authorizations().allows(m.sender(), owner, m.typeName(), m.chain(), m.channel())) {
                problems.add("its sender " + m.sender() + " is neither the owner " + owner + " nor authorised by it");
            }
            if (!problems.isEmpty()) {
                out.put(lm.itemHash(), List.copyOf(problems));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** True unless the message {@code itemHash} is in this inventory and does not verify. */
    public boolean verifies(String itemHash) {
        return !unverified.containsKey(itemHash);
    }

    /** Why {@code itemHash} does not verify (empty when it verifies or is not in this inventory). */
    public List<String> verificationProblems(String itemHash) {
        return unverified.getOrDefault(itemHash, List.of());
    }

    /**
     * Why the node is removing (or removed) {@code itemHash}: {@link ListedMessage#BALANCE_INSUFFICIENT} or
     * {@link ListedMessage#CREDIT_INSUFFICIENT}; empty for any other status or when the node did not say.
     */
    public Optional<String> removalReason(String itemHash) {
        return Optional.ofNullable(reasons.get(itemHash));
    }

    /** Every message that does not verify, with why, by item hash. */
    public Map<String, List<String>> unverified() {
        return unverified;
    }

    /** The same inventory knowing what these files are (by file hash), in addition to those it knew. */
    public Inventory withFileKinds(Map<String, ArchiveMagic> kinds) {
        if (kinds.isEmpty()) {
            return this;
        }
        Map<String, ArchiveMagic> all = new HashMap<>(fileKinds);
        all.putAll(kinds);
        return new Inventory(this, all);
    }

    /** What the file {@code fileHash} is, when its first bytes have been read. */
    public Optional<ArchiveMagic> fileKind(String fileHash) {
        return Optional.ofNullable(fileKinds.get(fileHash));
    }

    /** Whether compute nodes would start {@code program} with the files it would use now (see {@link BootChecks}). */
    public BootCheck boot(ProgramView program) {
        return BootChecks.of(this, program);
    }

    /** Builds the inventory of a full snapshot. */
    public static Inventory build(NodeSnapshot snapshot) {
        return ofSource(snapshot.normalized());
    }

    /**
     * The source {@link #merge} builds from: {@code delta} folded over {@code previous}'s source
     * (normalised, as {@link #source} returns it), or {@code delta} normalised when there is no
     * previous inventory. Lets a caller store the source while the inventory is being built.
     */
    public static NodeSnapshot sourceOf(Inventory previous, NodeSnapshot delta) {
        return (previous == null ? delta : NodeSnapshot.union(previous.source, delta)).normalized();
    }

    /**
     * The inventory built from {@code source} ({@link #sourceOf}), knowing the file kinds
     * {@code previous} knew: the same result as {@link #build} or {@link #merge}, without
     * normalising twice.
     */
    public static Inventory fromSource(NodeSnapshot source, Inventory previous) {
        Inventory built = ofSource(source);
        return previous == null ? built : built.withFileKinds(previous.fileKinds);
    }

    private static Inventory ofSource(NodeSnapshot normalized) {
        return new Inventory(normalized, new InventoryBuilder(normalized).build());
    }

    /**
     * The inventory after a delta (messages newer than the previous fetch plus status changes):
     * the same result as {@link #build} over {@link NodeSnapshot#union} of both snapshots.
     */
    public static Inventory merge(Inventory previous, NodeSnapshot delta) {
        return build(NodeSnapshot.union(previous.source, delta)).withFileKinds(previous.fileKinds);
    }

    /** The normalised snapshot this inventory was built from (what {@link InventoryCodec} stores). */
    public NodeSnapshot source() {
        return source;
    }

    public String network() {
        return source.network();
    }

    public String address() {
        return source.address();
    }

    public BigDecimal fetchedAt() {
        return source.fetchedAt();
    }

    /** How old this inventory is at {@code now} (seconds since the epoch), e.g. for an offline view. */
    public Duration age(BigDecimal now) {
        return Duration.between(Times.toInstant(fetchedAt()), Times.toInstant(now));
    }

    public Authorizations authorizations() {
        return source.authorizations();
    }

    /** Every program of this address, each with its amends, oldest first. */
    public List<ProgramChain> programs() {
        return chains;
    }

    /** Any PROGRAM in the snapshot by hash: a version of this address's programs or another owner's program. */
    public Optional<ProgramView> program(String itemHash) {
        return Optional.ofNullable(programs.get(itemHash));
    }

    /** The chain holding the program {@code itemHash} (original or amend). */
    public Optional<ProgramChain> chainOf(String itemHash) {
        Map<String, ProgramChain> index = chainByVersion;
        if (index == null) {
            index = chainByVersion(chains);
            chainByVersion = index;
        }
        return Optional.ofNullable(index.get(itemHash));
    }

    private static Map<String, ProgramChain> chainByVersion(List<ProgramChain> chains) {
        Map<String, ProgramChain> out = new HashMap<>();
        for (ProgramChain c : chains) {
            for (ProgramView v : c.versions()) {
                out.putIfAbsent(v.itemHash(), c);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Programs of other owners present in the snapshot (those known to use this address's volumes). */
    public List<ProgramView> otherOwnersPrograms() {
        return programs.values().stream().filter(p -> !p.ownedByAccount())
                .sorted(Comparator.comparing(ProgramView::itemHash)).toList();
    }

    /** Every volume in the snapshot: this address's first, then others' that its programs reference. */
    public List<VolumeView> volumes() {
        return List.copyOf(volumes.values());
    }

    public List<VolumeView> ownVolumes() {
        return volumes.values().stream().filter(VolumeView::ownedByAccount).toList();
    }

    /** The volume whose root is {@code rootHash}. */
    public Optional<VolumeView> volume(String rootHash) {
        return Optional.ofNullable(volumes.get(rootHash));
    }

    /** The volume holding the STORE {@code itemHash}, as its root or as a revision. */
    public Optional<VolumeView> volumeContaining(String itemHash) {
        VolumeView v = volumes.get(itemHash);
        if (v != null) {
            return Optional.of(v);
        }
        StoreRevision s = stores.get(itemHash);
        if (s != null && s.isRevision()) {
            return Optional.ofNullable(volumes.get(s.ref()));
        }
        return Optional.empty();
    }

    public Optional<StoreRevision> store(String itemHash) {
        return Optional.ofNullable(stores.get(itemHash));
    }

    public List<TagGroup> tags() {
        return tags;
    }

    /**
     * True when the node still holds the file per the snapshot: a live STORE pins it, or the
     * loader reported it present (another user's pin, the grace period after a FORGET).
     */
    public boolean fileOnNode(String fileHash) {
        if (stores.values().stream().anyMatch(s -> fileHash.equals(s.fileHash()) && s.status().live())) {
            return true;
        }
        FileInfo f = source.files().get(fileHash);
        return f != null && f.onNode();
    }

    /** Every program version of this address that is live or pending. */
    public List<ProgramView> livePrograms() {
        List<ProgramView> out = new ArrayList<>();
        for (ProgramChain c : chains) {
            for (ProgramView v : c.versions()) {
                if (v.status().live() || v.status() == MessageStatus.PENDING) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inventory i && i.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }

    @Override
    public String toString() {
        return "Inventory[" + network() + " " + address() + " at " + fetchedAt() + ": " + chains.size() + " programs, "
                + volumes.size() + " volumes]";
    }
}
