package org.alephdeploy.message;

import java.util.Locale;

/**
 * A message's status on a node (docs/PROTOCOL.md P-4.8): the one copy of this wire vocabulary for the
 * client, its deploy engine and the UI (the sandbox keeps its own on purpose: the status strings of
 * sandbox.store.Messages).
 */
public enum MessageStatus {
    PENDING, PROCESSED, REJECTED, FORGOTTEN, REMOVING, REMOVED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
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

    /** Parses a lowercase name that must be known (saved data); throws for anything else. */
    public static MessageStatus parse(String value) {
        MessageStatus s = fromWire(value);
        if (s == null) {
            throw new IllegalArgumentException("unknown message status '" + value + "'");
        }
        return s;
    }

    /** True for statuses that no longer change on their own (a rejected hash can be re-opened by re-sending it). */
    public boolean isFinal() {
        return this == PROCESSED || this == REJECTED || this == FORGOTTEN || this == REMOVED;
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
