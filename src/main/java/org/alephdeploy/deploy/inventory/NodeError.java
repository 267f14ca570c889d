package org.alephdeploy.deploy.inventory;

/**
 * Why the node rejected a message: its {@code error_code} and {@code details} as text
 * (docs/PROTOCOL.md P-4.2).
 */
public record NodeError(int code, String details) {
    /** The code's meaning in words, for people. */
    public String words() {
        String meaning = switch (code) {
            case -1 -> "the node failed internally while processing it";
            case 0 -> "its content does not match the schema";
            case 1 -> "its signature is invalid";
            case 2 -> "the sender is not authorised for this owner";
            case 3 -> "its content could not be fetched";
            case 4 -> "its file could not be fetched";
            case 5 -> "the ALEPH balance is too low";
            case 6 -> "the credit balance is too low";
            case 200 -> "the STORE it revises does not exist";
            case 201 -> "it revises a revision instead of the original STORE";
            case 202 -> "its payment type is no longer accepted (credit only)";
            case 300 -> "the program it amends does not exist";
            case 301 -> "a code, runtime or volume reference cannot be resolved";
            case 302 -> "the program it amends does not allow amends";
            case 304 -> "a persistent volume is smaller than its parent";
            case 501 -> "a message it forgets does not exist or is still pending";
            case 502 -> "it tries to forget a FORGET";
            case 503 -> "a STORE it forgets is still used by a program";
            case 504 -> "it arrived after its hash was forgotten";
            default -> "error code " + code;
        };
        return details == null || details.isBlank() ? meaning + " (code " + code + ")"
                : meaning + " (code " + code + ": " + details + ")";
    }
}
