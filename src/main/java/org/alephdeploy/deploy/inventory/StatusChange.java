package org.alephdeploy.deploy.inventory;

import java.util.Objects;

/** A status the node reported for a hash (e.g. a message this app sent went from pending to processed). */
public record StatusChange(String itemHash, MessageStatus status, NodeError error) {
    public StatusChange {
        Objects.requireNonNull(itemHash, "itemHash");
        Objects.requireNonNull(status, "status");
    }
}
