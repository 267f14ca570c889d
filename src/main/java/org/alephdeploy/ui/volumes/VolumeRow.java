package org.alephdeploy.ui.volumes;

import java.time.Instant;
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
        Instant updated) {

    public VolumeRow {
        Objects.requireNonNull(rootHash);
        Objects.requireNonNull(status);
    }

    public int users() {
        return followers + pinnedBy;
    }

    public String displayName() {
        return name != null && !name.isBlank() ? name : rootHash.substring(0, 12);
    }
}
