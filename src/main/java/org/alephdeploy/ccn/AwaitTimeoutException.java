package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alephdeploy.message.MessageStatus;

/** A message did not reach the awaited status in time; {@link #lastSeen()} is what the node said last. */
public final class AwaitTimeoutException extends RuntimeException {
    private final String itemHash;
    private final transient MessageRecord lastSeen;

    AwaitTimeoutException(String itemHash, Set<MessageStatus> wanted, Duration timeout, MessageRecord lastSeen) {
        super("Message " + itemHash + " is " + (lastSeen == null ? "still unknown to the node" : "still " + lastSeen.status().wire())
                + " after " + timeout.toSeconds() + " s, not " + wanted.stream().map(MessageStatus::wire)
                .collect(Collectors.joining(" or ")) + ". The node works through messages in order and retries"
                + " missing dependencies for several minutes before it decides. Check its status again later;"
                + " the message was sent and sending it again changes nothing.");
        this.itemHash = itemHash;
        this.lastSeen = lastSeen;
    }

    public String itemHash() {
        return itemHash;
    }

    public Optional<MessageRecord> lastSeen() {
        return Optional.ofNullable(lastSeen);
    }
}
