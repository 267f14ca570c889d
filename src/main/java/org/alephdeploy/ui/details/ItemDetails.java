package org.alephdeploy.ui.details;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the details pane shows about one program or volume. Filled by the inventory;
 * {@code rawJson} is the message envelope whose {@code item_content} is the exact text received,
 * never re-serialised. {@code revisionsRoot} is the root STORE the revision timeline belongs to
 * (what a roll-back revises), or null.
 */
public record ItemDetails(
        Kind kind,
        String title,
        String itemHash,
        List<Field> fields,
        List<ChainEntry> amendChain,
        List<ChainEntry> revisions,
        List<Link> dependsOn,
        List<Link> usedBy,
        String rawJson,
        String revisionsRoot) {

    public enum Kind { PROGRAM, VOLUME }

    /** One labelled value; {@code monospace} for hashes and paths. */
    public record Field(String label, String value, boolean monospace) {
    }

    /**
     * One message in an amend chain or revision timeline; {@code current} marks the one in effect,
     * {@code rollBackable} a revision the user may make current again (its file is still on the node).
     */
    public record ChainEntry(String itemHash, Instant time, String note, boolean current, boolean rollBackable) {
        public ChainEntry(String itemHash, Instant time, String note, boolean current) {
            this(itemHash, time, note, current, false);
        }
    }

    /** A dependency: what is referenced (or referencing), in which role, following or pinned. */
    public record Link(String name, String itemHash, String role, boolean followsLatest) {
    }

    public ItemDetails {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(itemHash);
        fields = List.copyOf(fields);
        amendChain = List.copyOf(amendChain);
        revisions = List.copyOf(revisions);
        dependsOn = List.copyOf(dependsOn);
        usedBy = List.copyOf(usedBy);
        rawJson = rawJson == null ? "" : rawJson;
    }

    /** Details without a roll-back action on the revision timeline. */
    public ItemDetails(Kind kind, String title, String itemHash, List<Field> fields, List<ChainEntry> amendChain,
            List<ChainEntry> revisions, List<Link> dependsOn, List<Link> usedBy, String rawJson) {
        this(kind, title, itemHash, fields, amendChain, revisions, dependsOn, usedBy, rawJson, null);
    }
}
