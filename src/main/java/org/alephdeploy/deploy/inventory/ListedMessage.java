package org.alephdeploy.deploy.inventory;

import java.util.List;
import java.util.Objects;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * A message with its content as the node listed it (processed, removing), or as this app sent it
 * (pending, rejected with the node's error), and why it does not verify ({@code problems}: its
 * item hash or signature checked against the exact {@code item_content}; empty when it verifies).
 */
public record ListedMessage(Message message, MessageStatus status, Rejection error, List<String> problems) {
    public ListedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A message already checked by whoever built it (tests, the cache reader after its own check). */
    public ListedMessage(Message message, MessageStatus status, Rejection error) {
        this(message, status, error, List.of());
    }

    public static ListedMessage processed(Message message) {
        return new ListedMessage(message, MessageStatus.PROCESSED, null);
    }

    public String itemHash() {
        return message.itemHash();
    }

    public boolean verifies() {
        return problems.isEmpty();
    }
}
