package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.alephdeploy.message.MessageStatus;

/**
 * A skeleton entry of a {@code msgStatuses=forgotten} or {@code removed} listing (P-5.2): what is
 * left of a deleted message. {@code raw} keeps every field the node sent.
 */
public record ForgottenEntry(String itemHash, String type, String sender, String chain, String channel,
                             BigDecimal time, String owner, String paymentType, Long size, String forgottenAt,
                             MessageStatus status, List<String> forgottenBy, ObjectNode raw) {
    public ForgottenEntry {
        forgottenBy = List.copyOf(forgottenBy);
    }
}
