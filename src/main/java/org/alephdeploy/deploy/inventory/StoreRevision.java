package org.alephdeploy.deploy.inventory;

import java.math.BigDecimal;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * One STORE message: an original (root) or a revision of one. {@code message}, {@code fileHash},
 * {@code ref} and the times are null for a forgotten STORE whose content was never seen.
 */
public record StoreRevision(
        String itemHash,
        MessageStatus status,
        Rejection error,
        String owner,
        String sender,
        String channel,
        String ref,
        String fileHash,
        ItemType fileType,
        BigDecimal contentTime,
        BigDecimal envelopeTime,
        Long size,
        String name,
        Message message) {

    /** True when {@code ref} names an earlier STORE message: this is a revision of it. */
    public boolean isRevision() {
        return ref != null && ItemHashes.isItemHash(ref);
    }

    /** True when {@code ref} is a user string: this STORE belongs to the tag {@code <owner>/<ref>}. */
    public boolean isTagged() {
        return ref != null && !isRevision();
    }

    public boolean contentKnown() {
        return message != null;
    }
}
