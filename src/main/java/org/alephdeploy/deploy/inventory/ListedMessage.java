package org.alephdeploy.deploy.inventory;

import java.util.List;
import java.util.Objects;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * A message with its content as the node listed it (processed, removing), or as this app sent it
 * (pending, rejected with the node's error), and why it does not verify ({@code problems}: its
 * item hash or signature checked against the exact {@code item_content}; empty when it verifies),
 * and for a {@code removing} or {@code removed} one the node's {@code reason}
 * ({@link #BALANCE_INSUFFICIENT}, {@link #CREDIT_INSUFFICIENT}; null otherwise or when unknown).
 */
public record ListedMessage(Message message, MessageStatus status, Rejection error, List<String> problems, String reason) {
    /** The reason of a message paid by holding ALEPH whose holder's balance no longer covers it. */
    public static final String BALANCE_INSUFFICIENT = "balance_insufficient";
    /** The reason of a credit-paid message whose owner's credits ran out. */
    public static final String CREDIT_INSUFFICIENT = "credit_insufficient";

    public ListedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        problems = problems == null ? List.of() : List.copyOf(problems);
        reason = status == MessageStatus.REMOVING || status == MessageStatus.REMOVED ? reason : null;
    }

    public ListedMessage(Message message, MessageStatus status, Rejection error, List<String> problems) {
        this(message, status, error, problems, null);
    }

    /** A message already checked by whoever built it (tests, the cache reader after its own check). */
    public ListedMessage(Message message, MessageStatus status, Rejection error) {
        this(message, status, error, List.of());
    }

    public static ListedMessage processed(Message message) {
        return new ListedMessage(message, MessageStatus.PROCESSED, null);
    }

    /** This message with another status (and its reason), its content and checks kept. */
    public ListedMessage withStatus(MessageStatus newStatus, String newReason) {
        return new ListedMessage(message, newStatus, newStatus == MessageStatus.REJECTED ? error : null, problems, newReason);
    }

    public String itemHash() {
        return message.itemHash();
    }

    public boolean verifies() {
        return problems.isEmpty();
    }
}
