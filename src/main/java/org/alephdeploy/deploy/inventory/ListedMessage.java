package org.alephdeploy.deploy.inventory;

import java.util.Objects;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * A message with its content as the node listed it (processed, removing), or as this app sent it
 * (pending, rejected with the node's error).
 */
public record ListedMessage(Message message, MessageStatus status, Rejection error) {
    public ListedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
    }

    public static ListedMessage processed(Message message) {
        return new ListedMessage(message, MessageStatus.PROCESSED, null);
    }

    public String itemHash() {
        return message.itemHash();
    }
}
