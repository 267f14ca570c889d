package org.alephdeploy.deploy.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A volume: a root STORE and its revisions (STOREs whose {@code ref} is the root's hash), the
 * revision in effect by the node's rule and by the compute nodes' rule, and the programs using it.
 *
 * <p>{@code currentByNode} is the file tag: the live pin with the greatest content {@code time}
 * (a later pin must be strictly greater to win). {@code currentByCrn} is what a compute node runs
 * for {@code use_latest}: the newest revision by envelope time from the root's owner, else the
 * root (docs/PROTOCOL.md P-4.5). They agree when content and envelope times are kept equal.
 * {@code uses} lists the live and pending programs that reference the root or one of its revisions.
 */
public record VolumeView(
        String rootHash,
        StoreRevision root,
        String owner,
        boolean ownedByAccount,
        List<StoreRevision> revisions,
        StoreRevision currentByNode,
        StoreRevision currentByCrn,
        List<VolumeUse> uses,
        List<String> flags) {

    public VolumeView {
        revisions = List.copyOf(revisions);
        uses = List.copyOf(uses);
        flags = List.copyOf(flags);
    }

    public String name() {
        if (root != null && root.name() != null) {
            return root.name();
        }
        return revisions.stream().map(StoreRevision::name).filter(n -> n != null).findFirst().orElse(null);
    }

    /** True when the node's latest and the compute nodes' latest are different messages. */
    public boolean currentsDiffer() {
        String a = currentByNode == null ? null : currentByNode.itemHash();
        String b = currentByCrn == null ? null : currentByCrn.itemHash();
        return !Objects.equals(a, b);
    }

    /** The root first (when known), then the revisions in content-time order. */
    public List<StoreRevision> timeline() {
        List<StoreRevision> out = new ArrayList<>();
        if (root != null) {
            out.add(root);
        }
        out.addAll(revisions);
        return out;
    }

    public Optional<StoreRevision> message(String itemHash) {
        return timeline().stream().filter(r -> r.itemHash().equals(itemHash)).findFirst();
    }

    /** The root and revisions the node still holds (processed or removing). */
    public List<StoreRevision> live() {
        return timeline().stream().filter(r -> r.status().live()).toList();
    }

    /** The uses that would make a FORGET of this volume's root or revisions fail (503). */
    public List<VolumeUse> forgetBlockers() {
        return uses.stream().filter(VolumeUse::blocksForget).toList();
    }

    public boolean rootLive() {
        return root != null && root.status().live();
    }
}
