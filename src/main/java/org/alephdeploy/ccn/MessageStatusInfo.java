package org.alephdeploy.ccn;

import java.time.Instant;
import org.alephdeploy.message.MessageStatus;

/** The answer of {@code GET /api/v0/messages/{hash}/status}. */
public record MessageStatusInfo(String itemHash, MessageStatus status, Instant receptionTime) {
}
