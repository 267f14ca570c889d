package org.alephdeploy.ui.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Times;
import org.alephdeploy.ui.model.ItemStatus;

/** The node's statuses and times as the tables show them. */
final class Statuses {
    private Statuses() {
    }

    /** Removed counts as forgotten (it is gone); removing has no reason here (see {@link #of(MessageStatus, String)}). */
    static ItemStatus of(MessageStatus s) {
        return of(s, null);
    }

    /** As {@link #of(MessageStatus)}, a removing status with the node's {@code reason} (what to top up). */
    static ItemStatus of(MessageStatus s, String reason) {
        return switch (s) {
            case PENDING -> ItemStatus.PENDING;
            case PROCESSED -> ItemStatus.PROCESSED;
            case REMOVING -> ListedMessage.CREDIT_INSUFFICIENT.equals(reason) ? ItemStatus.REMOVING_CREDIT
                    : ListedMessage.BALANCE_INSUFFICIENT.equals(reason) ? ItemStatus.REMOVING_BALANCE : ItemStatus.REMOVING;
            case REJECTED -> ItemStatus.REJECTED;
            case FORGOTTEN, REMOVED -> ItemStatus.FORGOTTEN;
        };
    }

    static Instant instant(BigDecimal seconds) {
        return seconds == null ? null : Times.toInstant(seconds);
    }
}
