package org.alephdeploy.ui.details;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the details pane shows about one program or volume. Filled by the inventory;
 * {@code rawJson} is the exact {@code item_content} as received, never re-serialised.
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
        String rawJson) {

    public enum Kind { PROGRAM, VOLUME }

    /** One labelled value; {@code monospace} for hashes and paths. */
    public record Field(String label, String value, boolean monospace) {
    }

    /** One message in an amend chain or revision timeline; {@code current} marks the one in effect. */
    public record ChainEntry(String itemHash, Instant time, String note, boolean current) {
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
}
