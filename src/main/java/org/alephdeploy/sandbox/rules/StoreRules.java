package org.alephdeploy.sandbox.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.ImportedHistory;

/** STORE: the file must be on the node, revisions point at an original, tags keep their owner (P-4.5). */
final class StoreRules implements ContentRules {
    static final double GRACE_PERIOD_SECONDS = 24 * 3600;

    private final FileStore fileStore;

    StoreRules(FileStore fileStore) {
        this.fileStore = fileStore;
    }

    /** The file tag a STORE content updates (P-4.5). */
    static String tagOf(String itemHash, String owner, String ref) {
        if (ref == null) {
            return itemHash;
        }
        return ItemHashes.isItemHash(ref) ? ref : owner + "/" + ref;
    }

    @Override
    public void fetchRelated(Connection c, Incoming m) throws SQLException, ProcessingException {
        String fileHash = m.text("item_hash");
        String declared = m.text("item_type");
        Optional<ItemType> shape = ItemHashes.strictShape(fileHash);
        if (shape.isEmpty() || !shape.get().wire().equals(declared)) {
            throw ProcessingException.withErrors(ErrorCode.INVALID_FORMAT, "Expected "
                    + shape.map(ItemType::wire).orElse("a known hash type") + " based on hash but item type is " + declared);
        }
        if (!available(c, fileHash)) {
            throw ProcessingException.withErrors(ErrorCode.FILE_UNAVAILABLE, "Could not fetch file " + fileHash);
        }
    }

    boolean available(Connection c, String fileHash) throws SQLException {
        Optional<FileTable.FileRow> row = FileTable.file(c, fileHash);
        return row.isPresent() && (fileStore.has(row.get().sha256()) || ImportedHistory.remote(c, fileHash).isPresent());
    }

    @Override
    public void checkDependencies(Connection c, Incoming m) throws SQLException, ProcessingException {
        String ref = m.text("ref");
        if (ref != null && ItemHashes.isItemHash(ref)) {
            Optional<FileTable.Pin> original = FileTable.messagePin(c, ref);
            if (original.isEmpty()) {
                throw ProcessingException.withErrors(ErrorCode.STORE_REF_NOT_FOUND, ref);
            }
            if (original.get().ref() != null) {
                throw new ProcessingException(ErrorCode.STORE_UPDATE_UPDATE, null,
                        "STORE " + ref + " is itself a revision; point revisions at the original");
            }
        }
        String tag = tagOf(m.itemHash(), m.owner(), ref);
        Optional<FileTable.Tag> existing = FileTable.tag(c, tag);
        if (existing.isPresent() && !existing.get().owner().equals(m.owner())) {
            throw ProcessingException.withErrors(ErrorCode.PERMISSION_DENIED, "File tag " + tag + " belongs to "
                    + existing.get().owner() + ", not to " + m.owner());
        }
    }

    @Override
    public long billedBytes(Connection c, Incoming m) throws SQLException {
        return FileTable.file(c, m.text("item_hash")).map(FileTable.FileRow::size).orElse(0L);
    }

    @Override
    public void process(Connection c, Incoming m) throws SQLException {
        String fileHash = m.text("item_hash");
        String ref = m.text("ref");
        FileTable.addMessagePin(c, fileHash, m.itemHash(), m.owner(), ref, m.contentTime());
        FileTable.upsertTag(c, tagOf(m.itemHash(), m.owner(), ref), m.owner(), fileHash, m.contentTime());
    }

    @Override
    public Set<String> forget(Connection c, Incoming target, double now) throws SQLException {
        Optional<FileTable.Pin> pin = FileTable.messagePin(c, target.itemHash());
        FileTable.removeMessagePin(c, target.itemHash());
        if (pin.isEmpty()) {
            return Set.of();
        }
        String ref = pin.get().ref();
        if (ref != null && !ItemHashes.isItemHash(ref)) {
            // The reference node recomputes user-string tags under the raw ref, so the owner/ref tag is lost.
            FileTable.deleteTag(c, tagOf(target.itemHash(), pin.get().owner(), ref));
        } else {
            String tag = tagOf(target.itemHash(), pin.get().owner(), ref);
            List<FileTable.Pin> remaining = FileTable.pinsWithTag(c, tag);
            if (remaining.isEmpty()) {
                FileTable.deleteTag(c, tag);
            } else {
                FileTable.Pin newest = remaining.get(0);
                FileTable.setTag(c, tag, FileTable.tag(c, tag).map(FileTable.Tag::owner).orElse(newest.owner()), newest.fileHash(),
                        newest.created());
            }
        }
        if (FileTable.countPinsExceptGrace(c, pin.get().fileHash()) == 0) {
            FileTable.addGracePin(c, pin.get().fileHash(), now, now + GRACE_PERIOD_SECONDS);
        }
        return Set.of();
    }
}
