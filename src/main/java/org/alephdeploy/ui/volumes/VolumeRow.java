package org.alephdeploy.ui.volumes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * One volume (a root STORE and its revisions) as the volumes table shows it.
 *
 * @param itemType   {@code storage} or {@code ipfs}
 * @param sizeBytes  size of the newest revision's file
 * @param revisions  root included, so at least 1
 * @param followers  live programs that reference it with {@code use_latest: true}
 * @param pinnedBy   live programs pinned to one of its exact messages
 * @param forgetBlockers the programs (any owner) whose use makes the node refuse to forget it
 * @param watchOnly  the current account has no key: nothing can be signed
 * @param cells      the cells' strings and badges, worked out where the row is made; null works them out
 */
public record VolumeRow(
        String name,
        String rootHash,
        String itemType,
        ItemStatus status,
        long sizeBytes,
        int revisions,
        int followers,
        int pinnedBy,
        String owner,
        boolean owned,
        Instant updated,
        List<String> forgetBlockers,
        boolean watchOnly,
        VolumeCells cells) {

    public VolumeRow {
        Objects.requireNonNull(rootHash);
        Objects.requireNonNull(status);
        forgetBlockers = List.copyOf(forgetBlockers);
        if (cells == null) {
            cells = VolumeCells.of(itemType, sizeBytes, followers, pinnedBy, owner, owned, updated);
        }
    }

    /** A row as the inventory maps it; the cells' strings are worked out here, on the caller's thread. */
    public VolumeRow(String name, String rootHash, String itemType, ItemStatus status, long sizeBytes, int revisions,
            int followers, int pinnedBy, String owner, boolean owned, Instant updated, List<String> forgetBlockers,
            boolean watchOnly) {
        this(name, rootHash, itemType, status, sizeBytes, revisions, followers, pinnedBy, owner, owned, updated,
                forgetBlockers, watchOnly, null);
    }

    /** A row whose forget blockers are not named (every user blocks); the account can sign. */
    public VolumeRow(String name, String rootHash, String itemType, ItemStatus status, long sizeBytes, int revisions,
            int followers, int pinnedBy, String owner, boolean owned, Instant updated) {
        this(name, rootHash, itemType, status, sizeBytes, revisions, followers, pinnedBy, owner, owned, updated,
                List.of(), false);
    }

    public int users() {
        return followers + pinnedBy;
    }

    public String displayName() {
        return name != null && !name.isBlank() ? name : rootHash.substring(0, 12);
    }
}
