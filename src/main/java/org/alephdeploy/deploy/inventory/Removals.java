package org.alephdeploy.deploy.inventory;

/**
 * What a {@code removing} status means for its owner, in words (P-4.8: the node's balance rules
 * found the message's payment ran out; it is removed unless its owner tops up).
 */
public final class Removals {
    private Removals() {
    }

    /** What to top up for {@code reason} (a {@link ListedMessage} reason): ALEPH, credits, or either when unknown. */
    public static String topUp(String reason) {
        if (ListedMessage.CREDIT_INSUFFICIENT.equals(reason)) {
            return "credits";
        }
        return ListedMessage.BALANCE_INSUFFICIENT.equals(reason) ? "ALEPH" : "ALEPH or credits";
    }

    /** One sentence for a removing message: what happened and what to do. */
    public static String words(String reason) {
        return "removing: its payment ran out (" + (reason == null ? "the node gave no reason" : reason)
                + "); top up " + topUp(reason) + " or the node will remove it and its URL will stop working.";
    }
}
