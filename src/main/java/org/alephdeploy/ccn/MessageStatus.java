package org.alephdeploy.ccn;

/** A message's status on a node (P-4.8). */
public enum MessageStatus {
    PENDING, PROCESSED, REJECTED, FORGOTTEN, REMOVING, REMOVED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses the node's lowercase name; null for null or an unknown name. */
    public static MessageStatus fromWire(String value) {
        if (value != null) {
            for (MessageStatus s : values()) {
                if (s.wire().equals(value)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** True for statuses that no longer change on their own (a rejected hash can be re-opened by re-sending it). */
    public boolean isFinal() {
        return this == PROCESSED || this == REJECTED || this == FORGOTTEN || this == REMOVED;
    }
}
