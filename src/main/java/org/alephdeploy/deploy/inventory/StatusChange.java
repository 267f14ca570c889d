package org.alephdeploy.deploy.inventory;

import java.util.Objects;
import org.alephdeploy.message.MessageStatus;

/** A status the node reported for a hash (e.g. a message this app sent went from pending to processed). */
public record StatusChange(String itemHash, MessageStatus status, Rejection error) {
    public StatusChange {
        Objects.requireNonNull(itemHash, "itemHash");
        Objects.requireNonNull(status, "status");
    }
}
