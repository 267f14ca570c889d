package org.alephdeploy.deploy.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.ProgramContent;
import org.alephdeploy.message.Reference;
import org.alephdeploy.message.StoreContent;
import java.util.TreeSet;
import org.alephdeploy.message.ItemType;

/** Turns a normalised snapshot into the views of an {@link Inventory}. Pure. */
final class InventoryBuilder {
    private static final Comparator<StoreRevision> BY_CONTENT_TIME = Comparator
            .comparing(StoreRevision::contentTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoreRevision::envelopeTime, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoreRevision::itemHash);

    private final NodeSnapshot snapshot;
    private final String address;
    private final Map<String, StoreRevision> stores = new TreeMap<>();
    private final Map<String, List<StoreRevision>> revisionsByRoot = new TreeMap<>();
    private final Map<String, List<StoreRevision>> byTag = new TreeMap<>();
    private final Map<String, ProgramView> programs = new TreeMap<>();
    private final Map<String, VolumeView> volumes = new LinkedHashMap<>();
    private final List<ProgramChain> chains = new ArrayList<>();
    private final List<TagGroup> tags = new ArrayList<>();

    InventoryBuilder(NodeSnapshot normalized) {
        this.snapshot = normalized;
        this.address = normalized.address();
    }

    InventoryBuilder build() {
        collectStores();
        Map<String, StoreRevision> crnCurrent = new HashMap<>();
        Map<String, StoreRevision> nodeCurrent = new HashMap<>();
        Set<String> roots = new TreeSet<>();
        for (StoreRevision s : stores.values()) {
            if (!s.isRevision() && (s.contentKnown() || !revisionsByRoot.getOrDefault(s.itemHash(), List.of()).isEmpty())) {
                roots.add(s.itemHash());
            }
        }
        roots.addAll(revisionsByRoot.keySet());
        for (String root : roots) {
            nodeCurrent.put(root, tagLatest(liveTimeline(root)));
            crnCurrent.put(root, crnLatest(root));
        }
        List<ProgramView> unresolved = collectPrograms(crnCurrent);
        Map<String, List<VolumeUse>> uses = new TreeMap<>();
        for (ProgramView p : unresolved) {
            if (!p.status().live() && p.status() != MessageStatus.PENDING) {
                continue;
            }
            for (ResolvedReference r : p.references()) {
                roots.add(r.rootHash());
                uses.computeIfAbsent(r.rootHash(), k -> new ArrayList<>()).add(new VolumeUse(p.itemHash(), p.name(), p.owner(),
                        p.status(), p.ownedByAccount(), r.role(), r.reference().mount(), r.reference().ref(), r.followsLatest(),
                        r.pointsAtRevision()));
            }
        }
        List<VolumeView> all = new ArrayList<>();
        for (String root : roots) {
            all.add(volume(root, nodeCurrent.get(root), crnCurrent.get(root), uses.getOrDefault(root, List.of())));
        }
        all.sort(Comparator.comparing((VolumeView v) -> !v.ownedByAccount())
                .thenComparing(v -> v.root() == null || v.root().contentTime() == null ? BigDecimal.ZERO : v.root().contentTime())
                .thenComparing(VolumeView::rootHash));
        all.forEach(v -> volumes.put(v.rootHash(), v));
        Function<String, String> channelOf = h -> stores.containsKey(h) ? stores.get(h).channel() : null;
        for (ProgramView p : unresolved) {
            Mutability m = p.message() == null ? null
                    : MutabilityRules.evaluate(p, address, snapshot.authorizations(), channelOf);
            programs.put(p.itemHash(), withMutability(p, m));
        }
        buildChains();
        buildTags();
        return this;
    }

    Map<String, ProgramView> programs() {
        return programs;
    }

    Map<String, VolumeView> volumes() {
        return volumes;
    }

    Map<String, StoreRevision> stores() {
        return stores;
    }

    List<ProgramChain> chains() {
        return chains;
    }

    List<TagGroup> tags() {
        return tags;
    }

    private void collectStores() {
        for (ListedMessage lm : snapshot.messages()) {
            if (!"STORE".equals(lm.message().typeName())) {
                continue;
            }
            stores.put(lm.itemHash(), store(lm));
        }
        for (ForgottenSkeleton f : snapshot.forgotten()) {
            if ("STORE".equals(f.type()) && !stores.containsKey(f.itemHash())) {
                stores.put(f.itemHash(), new StoreRevision(f.itemHash(), MessageStatus.FORGOTTEN, null, f.owner(), null, null,
                        null, null, null, null, null, null, null, null));
            }
        }
        for (StoreRevision s : stores.values()) {
            if (s.isRevision()) {
                revisionsByRoot.computeIfAbsent(s.ref(), k -> new ArrayList<>()).add(s);
            } else if (s.isTagged()) {
                byTag.computeIfAbsent(s.owner() + "/" + s.ref(), k -> new ArrayList<>()).add(s);
            }
        }
        revisionsByRoot.values().forEach(l -> l.sort(BY_CONTENT_TIME));
        byTag.values().forEach(l -> l.sort(BY_CONTENT_TIME));
    }

    private StoreRevision store(ListedMessage lm) {
        Message m = lm.message();
        StoreContent c;
        try {
            c = m.storeContent();
        } catch (MessageFormatException e) {
            return new StoreRevision(m.itemHash(), lm.status(), lm.error(), m.owner(), m.sender(), m.channel(), null, null,
                    null, null, m.time(), null, null, null);
        }
        FileInfo file = c.fileHash() == null ? null : snapshot.files().get(c.fileHash());
        return new StoreRevision(m.itemHash(), lm.status(), lm.error(), c.address() != null ? c.address() : m.sender(),
                m.sender(), m.channel(), c.ref(), c.fileHash(), safeItemType(c), c.time(), m.time(),
                file == null ? null : file.size(), c.name(), m);
    }

    private static ItemType safeItemType(StoreContent c) {
        try {
            return c.itemType();
        } catch (MessageFormatException e) {
            return null;
        }
    }

    private List<StoreRevision> liveTimeline(String root) {
        List<StoreRevision> out = new ArrayList<>();
        StoreRevision r = stores.get(root);
        if (r != null && r.status().live()) {
            out.add(r);
        }
        for (StoreRevision rev : revisionsByRoot.getOrDefault(root, List.of())) {
            if (rev.status().live()) {
                out.add(rev);
            }
        }
        return out;
    }

    /** The node's file tag: processed in envelope order, a pin replaces the tag only with a strictly greater content time. */
    private static StoreRevision tagLatest(List<StoreRevision> pins) {
        List<StoreRevision> inOrder = new ArrayList<>(pins);
        inOrder.sort(Comparator.comparing(StoreRevision::envelopeTime, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(StoreRevision::itemHash));
        StoreRevision best = null;
        for (StoreRevision p : inOrder) {
            if (best == null || (p.contentTime() != null
                    && (best.contentTime() == null || p.contentTime().compareTo(best.contentTime()) > 0))) {
                best = p;
            }
        }
        return best;
    }

    /** What aleph-vm runs for use_latest: newest revision by envelope time from the root's exact owner, else the root. */
    private StoreRevision crnLatest(String rootHash) {
        StoreRevision root = stores.get(rootHash);
        if (root == null || !root.status().live() || root.owner() == null) {
            return null;
        }
        StoreRevision best = null;
        for (StoreRevision rev : revisionsByRoot.getOrDefault(rootHash, List.of())) {
            if (!rev.status().live() || !root.owner().equals(rev.owner()) || rev.envelopeTime() == null) {
                continue;
            }
            int cmp = best == null ? 1 : rev.envelopeTime().compareTo(best.envelopeTime());
            if (cmp > 0 || (cmp == 0 && rev.itemHash().compareTo(best.itemHash()) < 0)) {
                best = rev;
            }
        }
        return best != null ? best : root;
    }

    private List<ProgramView> collectPrograms(Map<String, StoreRevision> crnCurrent) {
        List<ProgramView> out = new ArrayList<>();
        for (ListedMessage lm : snapshot.messages()) {
            if ("PROGRAM".equals(lm.message().typeName())) {
                out.add(program(lm, crnCurrent));
            }
        }
        Set<String> listed = new HashSet<>();
        out.forEach(p -> listed.add(p.itemHash()));
        for (ForgottenSkeleton f : snapshot.forgotten()) {
            if ("PROGRAM".equals(f.type()) && listed.add(f.itemHash())) {
                out.add(new ProgramView(f.itemHash(), MessageStatus.FORGOTTEN, null, f.owner(), null, null, owned(f.owner()),
                        null, null, f.itemHash(), List.of(), null, List.of()));
            }
        }
        return out;
    }

    private ProgramView program(ListedMessage lm, Map<String, StoreRevision> crnCurrent) {
        Message m = lm.message();
        List<String> flags = new ArrayList<>();
        ProgramContent c;
        try {
            c = m.programContent();
        } catch (MessageFormatException e) {
            flags.add("content unreadable: " + e.getMessage());
            return new ProgramView(m.itemHash(), lm.status(), lm.error(), m.owner(), m.sender(), m.channel(), owned(m.owner()),
                    null, null, m.itemHash(), List.of(), null, flags);
        }
        String owner = c.address() != null ? c.address() : m.sender();
        List<ResolvedReference> refs = new ArrayList<>();
        for (Reference r : c.references()) {
            refs.add(resolve(r, crnCurrent));
        }
        return new ProgramView(m.itemHash(), lm.status(), lm.error(), owner, m.sender(), m.channel(), owned(owner), m,
                c.replaces(), m.itemHash(), refs, null, flags);
    }

    private ResolvedReference resolve(Reference r, Map<String, StoreRevision> crnCurrent) {
        List<String> flags = new ArrayList<>();
        StoreRevision target = r.ref() == null ? null : stores.get(r.ref());
        if (target == null) {
            flags.add("STORE " + r.ref() + " is not in the snapshot");
            return new ResolvedReference(r, r.ref(), false, false, null, null, false, null, null, flags);
        }
        boolean atRevision = target.isRevision();
        String root = atRevision ? target.ref() : target.itemHash();
        if (atRevision) {
            flags.add(ResolvedReference.PINNED_TO_REVISION);
            if (r.useLatest()) {
                flags.add("use_latest names a revision: the node looks for a file tag of that hash, which does not exist");
            }
        }
        StoreRevision inEffect = r.useLatest() && !atRevision ? crnCurrent.get(root) : target;
        if (inEffect == null) {
            inEffect = target;
        }
        if (!target.status().live()) {
            flags.add("STORE " + target.itemHash() + " is " + target.status().wire());
        }
        StoreRevision rootStore = stores.get(root);
        String owner = rootStore != null ? rootStore.owner() : target.owner();
        return new ResolvedReference(r, root, true, atRevision, inEffect, owner, owned(owner), inEffect.fileHash(),
                inEffect.size(), flags);
    }

    private VolumeView volume(String rootHash, StoreRevision nodeCur, StoreRevision crnCur, List<VolumeUse> uses) {
        StoreRevision root = stores.get(rootHash);
        List<StoreRevision> revisions = revisionsByRoot.getOrDefault(rootHash, List.of());
        List<String> flags = new ArrayList<>();
        String owner = root != null ? root.owner() : revisions.isEmpty() ? null : revisions.get(0).owner();
        if (root == null) {
            flags.add("root STORE " + rootHash + " is not in the snapshot");
        } else if (!root.status().live()) {
            flags.add("root STORE is " + root.status().wire()
                    + (root.status() == MessageStatus.FORGOTTEN ? "; its revisions stay under its hash, no new revision can name it" : ""));
        }
        if (root != null && root.isRevision()) {
            flags.add("this STORE is itself a revision");
        }
        for (StoreRevision rev : revisions) {
            if (owner != null && rev.owner() != null && !owner.equals(rev.owner())) {
                flags.add("revision " + rev.itemHash() + " is owned by " + rev.owner() + ", not by the root's owner "
                        + owner + "; compute nodes ignore it");
            }
            StoreRevision target = stores.get(rev.ref());
            if (target != null && target.isRevision()) {
                flags.add("revision " + rev.itemHash() + " names a revision, not the root (the node rejects this, code 201)");
            }
        }
        if (nodeCur != null && crnCur != null && !nodeCur.itemHash().equals(crnCur.itemHash())) {
            flags.add("the node's latest (" + nodeCur.itemHash() + ", by content time) differs from what compute nodes run ("
                    + crnCur.itemHash() + ", by envelope time)");
        }
        return new VolumeView(rootHash, root, owner, owned(owner), revisions, nodeCur, crnCur, uses, flags);
    }

    private ProgramView withMutability(ProgramView p, Mutability m) {
        return new ProgramView(p.itemHash(), p.status(), p.error(), p.owner(), p.sender(), p.channel(), p.ownedByAccount(),
                p.message(), p.replaces(), p.chainRoot(), p.references(), m, p.flags());
    }

    private void buildChains() {
        Map<String, ProgramView> owned = new TreeMap<>();
        programs.forEach((h, p) -> {
            if (p.ownedByAccount()) {
                owned.put(h, p);
            }
        });
        Map<String, String> rootOf = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        Set<String> unknownTarget = new HashSet<>();
        for (ProgramView p : owned.values()) {
            // up to the original, or to the first program whose original is known: each program is walked once
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String cur = p.itemHash();
            String knownRoot = null;
            while (true) {
                if (rootOf.containsKey(cur)) {
                    knownRoot = rootOf.get(cur);
                    break;
                }
                if (!onPath.add(cur)) {
                    break;
                }
                path.add(cur);
                ProgramView v = owned.get(cur);
                if (v.replaces() == null) {
                    break;
                }
                if (!owned.containsKey(v.replaces())) {
                    unknownTarget.add(cur);
                    break;
                }
                cur = v.replaces();
            }
            int above = knownRoot == null ? -1 : depth.get(cur);
            for (int i = 0; i < path.size(); i++) {
                rootOf.put(path.get(i), knownRoot == null ? cur : knownRoot);
                depth.put(path.get(i), above + path.size() - i);
            }
        }
        Map<String, List<ProgramView>> members = new TreeMap<>();
        for (ProgramView p : owned.values()) {
            ProgramView withRoot = new ProgramView(p.itemHash(), p.status(), p.error(), p.owner(), p.sender(), p.channel(),
                    true, p.message(), p.replaces(), rootOf.get(p.itemHash()), p.references(), p.mutability(),
                    flagsFor(p, unknownTarget));
            programs.put(p.itemHash(), withRoot);
            members.computeIfAbsent(rootOf.get(p.itemHash()), k -> new ArrayList<>()).add(withRoot);
        }
        Comparator<ProgramView> order = Comparator.comparing((ProgramView v) -> depth.get(v.itemHash()))
                .thenComparing(InventoryBuilder::contentTime, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ProgramView::itemHash);
        for (Map.Entry<String, List<ProgramView>> e : members.entrySet()) {
            List<ProgramView> vs = e.getValue();
            vs.sort(order);
            chains.add(new ProgramChain(vs.get(0), vs.subList(1, vs.size()), unknownTarget.contains(e.getKey())));
        }
        chains.sort(Comparator.comparing((ProgramChain c) -> contentTime(c.original()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.original().itemHash()));
    }

    private static List<String> flagsFor(ProgramView p, Set<String> unknownTarget) {
        if (!unknownTarget.contains(p.itemHash())) {
            return p.flags();
        }
        List<String> flags = new ArrayList<>(p.flags());
        flags.add("amends " + p.replaces() + ", which is not a program of this account in the snapshot");
        return flags;
    }

    private static BigDecimal contentTime(ProgramView p) {
        return p.message() == null ? null : p.content().time();
    }

    private void buildTags() {
        byTag.forEach((tag, list) -> {
            StoreRevision first = list.get(0);
            List<StoreRevision> live = list.stream().filter(s -> s.status().live()).toList();
            tags.add(new TagGroup(tag, first.ref(), first.owner(), list, tagLatest(live)));
        });
    }

    private boolean owned(String owner) {
        return owner != null && Addresses.sameAddress(owner, address);
    }
}
