package org.alephdeploy.deploy.inventory;

import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Reference;

/**
 * One program's use of a volume (a root STORE and its revisions): as what, under which mount, by
 * which exact hash, and whether it follows the latest revision or is pinned.
 */
public record VolumeUse(
        String programHash,
        String programName,
        String programOwner,
        MessageStatus programStatus,
        boolean programOwnedByAccount,
        Reference.Role role,
        String mount,
        String refHash,
        boolean followsLatest,
        boolean pinnedToRevision) {

    /**
     * True when this use makes the node reject a FORGET of {@code refHash} (503): a live or
     * pending program's code, runtime, data or immutable volume. Persistent-volume parents are not
     * protected by the node (docs/PROTOCOL.md P-4.6).
     */
    public boolean blocksForget() {
        return role != Reference.Role.PARENT
                && (programStatus.live() || programStatus == MessageStatus.PENDING);
    }

    /** "follows latest" or "pinned" in words, as the Volumes table shows it. */
    public String how() {
        if (followsLatest) {
            return "follows latest";
        }
        return pinnedToRevision ? "pinned to a revision" : "pinned";
    }
}
