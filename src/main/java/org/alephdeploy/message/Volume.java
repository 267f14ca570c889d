package org.alephdeploy.message;

/**
 * One entry of a PROGRAM's {@code volumes} (P-3.3), told apart the way the node does: a {@code ref}
 * makes it immutable, {@code ephemeral} ephemeral, anything else persistent. Fields that do not
 * apply to the kind are null; {@code parentRef}/{@code useLatest} describe a persistent volume's parent.
 */
public record Volume(Kind kind, String mount, String comment, String ref, boolean useLatest, Long sizeMib,
        String persistence, String name, String parentRef) {
    public enum Kind { IMMUTABLE, EPHEMERAL, PERSISTENT }
}
