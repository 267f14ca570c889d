package org.alephdeploy.deploy.inventory;

import org.alephdeploy.message.NodeErrorCode;

/**
 * Why the node rejected a message, as kept in the inventory: its {@code error_code} and
 * {@code details} as text (docs/PROTOCOL.md P-4.2). The words for the code come from
 * {@link NodeErrorCode}.
 */
public record Rejection(int code, String details) {
    /** The code's meaning in words, for people. */
    public String words() {
        NodeErrorCode known = NodeErrorCode.of(code);
        String meaning = known == null ? "error code " + code : known.phrase();
        return details == null || details.isBlank() ? meaning + " (code " + code + ")"
                : meaning + " (code " + code + ": " + details + ")";
    }
}
