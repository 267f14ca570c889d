package org.alephdeploy.deploy.plan;

/** What a plan will do to something the user has, in words. */
public record Effect(Kind kind, String subject, String words) {
    public enum Kind {
        /** The program or volume keeps its hash (and a program its URL). */
        HASH_KEPT,
        /** A new hash, so a new URL for a program. */
        HASH_NEW,
        /** A program that follows the volume's latest revision will run the new file. */
        PICKS_UP,
        /** A program pinned to the volume keeps its old file. */
        STAYS_PINNED,
        CREATED,
        FORGOTTEN,
        KEPT,
        /** What a choice locks or leaves open for later changes. */
        LOCK,
        BACKUP
    }
}
