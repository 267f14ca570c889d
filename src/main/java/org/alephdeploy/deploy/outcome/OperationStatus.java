package org.alephdeploy.deploy.outcome;

import java.util.Locale;

/** Where an operation of the journal stands. */
public enum OperationStatus {
    /** Another process (or thread) holds the operation and is running it now. */
    RUNNING,
    /** Stopped before the end (crash, cancel, node unreachable, wait timed out): {@code resume} continues it. */
    INTERRUPTED,
    /** The node rejected a message or the end state did not verify; {@code resume} re-sends the same messages. */
    FAILED,
    /** Every step ran and the end state was verified on the node. */
    DONE,
    /** The user gave it up; nothing more is sent for it. */
    ABANDONED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean resumable() {
        return this == INTERRUPTED || this == FAILED;
    }
}
