package org.alephdeploy.ccn;

import java.util.List;
import org.alephdeploy.message.MessageStatus;

/**
 * What {@code POST /api/v0/messages} answered (P-5.1). HTTP 202 only means "queued": poll the
 * message with {@link MessageWaiter} before treating it as done.
 *
 * @param httpStatus        200 (processed, sync), 202 (pending) or 422 (rejected, sync)
 * @param messageStatus     the node's {@code message_status}, null when it gave none
 * @param publicationStatus {@code success}, {@code warning} or {@code error}, null when absent
 * @param failedProtocols   the publication protocols that failed (e.g. {@code p2p}, {@code ipfs})
 */
public record PostResult(int httpStatus, MessageStatus messageStatus, String publicationStatus,
                         List<String> failedProtocols) {
    public PostResult {
        failedProtocols = List.copyOf(failedProtocols);
    }

    /** True when the node took the message (queued or processed), not when it rejected it. */
    public boolean accepted() {
        return messageStatus == MessageStatus.PENDING || messageStatus == MessageStatus.PROCESSED;
    }
}
