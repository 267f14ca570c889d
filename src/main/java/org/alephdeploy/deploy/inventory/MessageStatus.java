package org.alephdeploy.deploy.inventory;

import java.util.Locale;

/** A message's status on the node (docs/PROTOCOL.md P-4.8). */
public enum MessageStatus {
    PENDING, PROCESSED, REJECTED, FORGOTTEN, REMOVING, REMOVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageStatus fromWire(String value) {
        for (MessageStatus s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown message status '" + value + "'");
    }

    /** True when the node holds the message as in effect: a live program runs, a live pin keeps its file. */
    public boolean live() {
        return this == PROCESSED || this == REMOVING;
    }

    /** True when the status can never change again (a forgotten or removed hash never comes back). */
    public boolean terminal() {
        return this == FORGOTTEN || this == REMOVED;
    }
}
