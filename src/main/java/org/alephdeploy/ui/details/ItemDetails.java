package org.alephdeploy.ui.details;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.alephdeploy.deploy.plan.Intent;

/**
 * Everything the details pane shows about one program or volume. Filled by the inventory;
 * {@code rawJson} is the message envelope whose {@code item_content} is the exact text received,
 * never re-serialised. {@code revisionsRoot} is the root STORE the revision timeline belongs to
 * (what a roll-back revises), or null. {@code verifyWords} says why a message shown here does not
 * verify (null when all do): nothing may act on it.
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
        String revisionsRoot,
        List<HistoryEntry> history,
        String verifyWords) {

    public enum Kind { PROGRAM, VOLUME, OPERATION }

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

    /**
     * One step of a program's deployment history, newest first: a code revision (a new file behind
     * the same code volume) or a version of the program itself (the original or an amend).
     *
     * @param fileName   the file's name as it was uploaded, or null when unknown
     * @param sizeBytes  the file's size, or null when unknown (an amend uploads no file)
     * @param signer     the address that signed the message
     * @param signerName the wallet's name for that address, or null when it is not in the wallet
     * @param rollBackTo the code revision "Roll back here" makes current again, or null when it cannot
     * @param restore    for a version of an amendable program: the amend that restores its content, or null
     * @param cannotRestore why an older version cannot be restored (locked, forgotten…), or null
     */
    public record HistoryEntry(Step step, String itemHash, Instant time, String fileName, Long sizeBytes, String signer,
            String signerName, boolean current, String rollBackTo, Intent.ChangeSettings restore, String cannotRestore) {
        public enum Step { CODE_REVISION, ORIGINAL, AMEND }

        /** An entry that no amend restores (a code revision, or the current version). */
        public HistoryEntry(Step step, String itemHash, Instant time, String fileName, Long sizeBytes, String signer,
                String signerName, boolean current, String rollBackTo) {
            this(step, itemHash, time, fileName, sizeBytes, signer, signerName, current, rollBackTo, null, null);
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
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Details without a deployment history. */
    public ItemDetails(Kind kind, String title, String itemHash, List<Field> fields, List<ChainEntry> amendChain,
            List<ChainEntry> revisions, List<Link> dependsOn, List<Link> usedBy, String rawJson, String revisionsRoot) {
        this(kind, title, itemHash, fields, amendChain, revisions, dependsOn, usedBy, rawJson, revisionsRoot, List.of(), null);
    }

    /** Details of messages that verify, with a deployment history. */
    public ItemDetails(Kind kind, String title, String itemHash, List<Field> fields, List<ChainEntry> amendChain,
            List<ChainEntry> revisions, List<Link> dependsOn, List<Link> usedBy, String rawJson, String revisionsRoot,
            List<HistoryEntry> history) {
        this(kind, title, itemHash, fields, amendChain, revisions, dependsOn, usedBy, rawJson, revisionsRoot, history, null);
    }

    /** Details without a roll-back action on the revision timeline. */
    public ItemDetails(Kind kind, String title, String itemHash, List<Field> fields, List<ChainEntry> amendChain,
            List<ChainEntry> revisions, List<Link> dependsOn, List<Link> usedBy, String rawJson) {
        this(kind, title, itemHash, fields, amendChain, revisions, dependsOn, usedBy, rawJson, null, List.of(), null);
    }
}
