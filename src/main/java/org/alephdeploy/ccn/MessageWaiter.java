package org.alephdeploy.ccn;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.alephdeploy.message.MessageStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a message to reach a status by polling {@code GET /api/v0/messages/{hash}} with
 * backoff (200 ms doubling up to 5 s). A 202 from a post only means "queued" (pitfall 9), and a
 * message whose dependency is missing stays pending for minutes before it is rejected.
 */
public final class MessageWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(MessageWaiter.class);
    /** The statuses a message settles in after processing. */
    public static final Set<MessageStatus> SETTLED = EnumSet.of(MessageStatus.PROCESSED, MessageStatus.REJECTED,
            MessageStatus.FORGOTTEN, MessageStatus.REMOVED);

    private final CcnClient client;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public MessageWaiter(CcnClient client) {
        this(client, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    public MessageWaiter(CcnClient client, Duration firstDelay, Duration maxDelay) {
        this.client = client;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Blocks until the message's status is one of {@code wanted} and returns that record. An
     * unknown hash (404) counts as "not yet". Throws {@link AwaitTimeoutException} after
     * {@code timeout}, {@link java.util.concurrent.CancellationException} when cancelled or
     * interrupted, {@link NodeError} when the node cannot be reached.
     */
    public MessageRecord awaitStatus(String itemHash, Set<MessageStatus> wanted, Duration timeout,
                                     Cancellation cancellation) {
        Cancellation cancel = cancellation == null ? Cancellation.NONE : cancellation;
        CcnClient view = client.with(cancel);
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration delay = firstDelay;
        MessageRecord last = null;
        while (true) {
            Optional<MessageRecord> record = view.message(itemHash);
            if (record.isPresent()) {
                last = record.get();
                if (wanted.contains(last.status())) {
                    return last;
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AwaitTimeoutException(itemHash, wanted, timeout, last);
            }
            Duration wait = delay.toNanos() < remaining ? delay : Duration.ofNanos(remaining);
            LOG.debug("message {} is {}; polling again in {} ms", itemHash,
                    last == null ? "unknown" : last.status().wire(), wait.toMillis());
            cancel.sleep(wait);
            delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
        }
    }

    /**
     * Waits until the message is processed and returns its record; a rejection throws the node's
     * error as {@link NodeError} of kind {@link NodeError.Kind#REJECTED} (with its code and details).
     * A forgotten or removed message is returned as is: it was processed before.
     */
    public MessageRecord awaitProcessed(String itemHash, Duration timeout, Cancellation cancellation) {
        MessageRecord record = awaitSettled(itemHash, timeout, cancellation);
        if (record.status() == MessageStatus.REJECTED) {
            throw record.rejection(String.join(", ", client.nodes()));
        }
        return record;
    }

    /** Waits until the message is processed, rejected, forgotten or removed. */
    public MessageRecord awaitSettled(String itemHash, Duration timeout, Cancellation cancellation) {
        return awaitStatus(itemHash, SETTLED, timeout, cancellation);
    }
}
