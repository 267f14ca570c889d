package org.alephdeploy.ui.volumes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.fx.I18n;
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
 * @param verifyWords why one of its messages does not verify, in words; null when they all verify
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
        VolumeCells cells,
        String verifyWords) {

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
                forgetBlockers, watchOnly, null, null);
    }

    /** This row with why one of its messages does not verify ({@code null}: they all verify). */
    public VolumeRow withVerifyWords(String words) {
        return new VolumeRow(name, rootHash, itemType, status, sizeBytes, revisions, followers, pinnedBy, owner, owned, updated,
                forgetBlockers, watchOnly, cells, words);
    }

    public boolean verifies() {
        return verifyWords == null;
    }

    /** The type badge; for a volume with a message that failed its checks, a "does not verify" badge instead. */
    public List<BadgeSpec> typeBadges() {
        if (verifyWords == null) {
            return List.of(cells.type());
        }
        return List.of(new BadgeSpec(Badge.Variant.UNVERIFIED,
                I18n.get("shell.badge.doesNotVerify"), verifyWords));
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
