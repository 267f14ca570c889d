package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;

/**
 * One message as a node reports it through {@code GET /api/v0/messages/{hash}} (P-5.3).
 *
 * @param status        the node's status
 * @param itemHash      the message hash asked for
 * @param message       the envelope exactly as the node sent it (for pending: the first received copy;
 *                      for forgotten/removed: the skeleton without content); null when the node sent none
 * @param errorCode     for rejected messages, the P-4.2 code
 * @param details       for rejected messages, the node's details JSON (may be null)
 * @param forgottenBy   for forgotten messages, the FORGET hashes
 * @param reason        for removing/removed messages, e.g. {@code balance_insufficient}
 * @param receptionTime when the node first received it, null if it did not say
 */
public record MessageRecord(MessageStatus status, String itemHash, Message message, Integer errorCode,
                            JsonNode details, List<String> forgottenBy, String reason, Instant receptionTime) {
    public MessageRecord {
        forgottenBy = forgottenBy == null ? List.of() : List.copyOf(forgottenBy);
    }

    /** For a rejected message, the typed error it stands for; null for any other status. */
    public NodeError rejection(String node) {
        if (status != MessageStatus.REJECTED) {
            return null;
        }
        return NodeError.rejected(errorCode == null ? -1 : errorCode, details, node);
    }
}
