package org.alephdeploy.ui.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Times;
import org.alephdeploy.ui.model.ItemStatus;

/** The node's statuses and times as the tables show them. */
final class Statuses {
    private Statuses() {
    }

    /** Removing still counts as processed (the message is in effect); removed as forgotten (it is gone). */
    static ItemStatus of(MessageStatus s) {
        return switch (s) {
            case PENDING -> ItemStatus.PENDING;
            case PROCESSED, REMOVING -> ItemStatus.PROCESSED;
            case REJECTED -> ItemStatus.REJECTED;
            case FORGOTTEN, REMOVED -> ItemStatus.FORGOTTEN;
        };
    }

    static Instant instant(BigDecimal seconds) {
        return seconds == null ? null : Times.toInstant(seconds);
    }
}
