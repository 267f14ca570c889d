package org.alephdeploy.deploy.inventory;

import java.util.List;
import org.alephdeploy.message.Reference;

/**
 * A program's reference (code, runtime, data, volume, persistent-volume parent) resolved against
 * the snapshot: the root STORE it belongs to, the revision in effect (follows latest → the
 * current revision as compute nodes see it; pinned → the exact message), its owner and file.
 */
public record ResolvedReference(
        Reference reference,
        String rootHash,
        boolean known,
        boolean pointsAtRevision,
        StoreRevision inEffect,
        String storeOwner,
        boolean ownedByAccount,
        String fileHash,
        Long size,
        List<String> flags) {

    public static final String PINNED_TO_REVISION = "pinned to a revision; updates are impossible through it";

    public ResolvedReference {
        flags = List.copyOf(flags);
    }

    /** True when compute nodes pick up new revisions through this reference. */
    public boolean followsLatest() {
        return reference.useLatest() && !pointsAtRevision;
    }

    public Reference.Role role() {
        return reference.role();
    }

    /** "code", "runtime", "data" or "volume /mnt/x" / "parent of /mnt/x". */
    public String label() {
        return switch (reference.role()) {
            case CODE -> "code";
            case RUNTIME -> "runtime";
            case DATA -> "data";
            case VOLUME -> reference.mount() == null ? "volume " + reference.ref() : "volume " + reference.mount();
            case PARENT -> "parent of " + (reference.mount() == null ? "a persistent volume" : reference.mount());
        };
    }
}
