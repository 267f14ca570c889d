package org.alephdeploy.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.sql.ResultSet;

/**
 * FileTable the node holds, the pins that keep them (message pins of STORE messages, grace-period pins
 * of unauthenticated uploads and forgotten files, content pins of off-line message contents) and the
 * file tags that resolve {@code use_latest} references (docs/PROTOCOL.md P-4.5).
 *
 * <p>The sandbox's own file tables, independent of the client's code (see package-info).
 */
public final class FileTable {
    public static final String MESSAGE_PIN = "message";
    public static final String GRACE_PIN = "grace_period";
    public static final String CONTENT_PIN = "content";

    private FileTable() {
    }

    /** A file row: its hash (sha256 or CID), the sha256 of its bytes, size and type. */
    public record FileRow(String hash, String sha256, long size, String type, double created) {
    }

    /** A message pin: the STORE message that keeps a file. */
    public record Pin(String fileHash, String itemHash, String owner, String ref, double created) {
    }

    /** A file tag: what a {@code use_latest} reference resolves to. */
    public record Tag(String tag, String owner, String fileHash, double lastUpdated) {
    }

    public static void upsertFile(Connection c, String hash, String sha256, long size, double created) throws SQLException {
        Sql.update(c, "INSERT INTO files (hash, sha256, size, type, created) VALUES (?, ?, ?, 'file', ?) "
                + "ON CONFLICT(hash) DO NOTHING", hash, sha256, size, created);
    }

    public static Optional<FileRow> file(Connection c, String hash) throws SQLException {
        return Sql.one(c, "SELECT * FROM files WHERE hash = ?", rs -> new FileRow(rs.getString("hash"),
                rs.getString("sha256"), rs.getLong("size"), rs.getString("type"), rs.getDouble("created")), hash);
    }

    /** How many file rows (storage hash or CID) name bytes with this sha256. */
    public static long countBySha256(Connection c, String sha256) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM files WHERE sha256 = ?", sha256);
    }

    public static void deleteFile(Connection c, String hash) throws SQLException {
        Sql.update(c, "DELETE FROM files WHERE hash = ?", hash);
    }

    public static void addGracePin(Connection c, String fileHash, double created, double deleteBy) throws SQLException {
        Sql.update(c, "INSERT INTO file_pins (file_hash, kind, created, delete_by) VALUES (?, 'grace_period', ?, ?)",
                fileHash, created, deleteBy);
    }

    public static void addContentPin(Connection c, String fileHash, String itemHash, String owner, double created)
            throws SQLException {
        Sql.update(c, "INSERT INTO file_pins (file_hash, kind, item_hash, owner, created) VALUES (?, 'content', ?, ?, ?)",
                fileHash, itemHash, owner, created);
    }

    public static void addMessagePin(Connection c, String fileHash, String itemHash, String owner, String ref,
            double created) throws SQLException {
        Sql.update(c, "INSERT INTO file_pins (file_hash, kind, item_hash, owner, ref, created) VALUES (?, 'message', ?, ?, ?, ?)",
                fileHash, itemHash, owner, ref, created);
    }

    public static Optional<Pin> messagePin(Connection c, String itemHash) throws SQLException {
        return Sql.one(c, "SELECT * FROM file_pins WHERE kind = 'message' AND item_hash = ?", FileTable::pin, itemHash);
    }

    public static void removeMessagePin(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "DELETE FROM file_pins WHERE kind = 'message' AND item_hash = ?", itemHash);
    }

    public static long countPins(Connection c, String fileHash) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM file_pins WHERE file_hash = ?", fileHash);
    }

    public static long countPinsExceptGrace(Connection c, String fileHash) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM file_pins WHERE file_hash = ? AND kind <> 'grace_period'", fileHash);
    }

    /** Message pins of one owner (exact string), for {@code /addresses/{a}/files}. */
    public static List<Pin> pinsOf(Connection c, String owner, boolean descending, int limit, int offset)
            throws SQLException {
        String sql = "SELECT * FROM file_pins WHERE kind = 'message' AND owner = ? ORDER BY created "
                + (descending ? "DESC" : "ASC") + ", id" + (limit > 0 ? " LIMIT " + limit + " OFFSET " + offset : "");
        return Sql.list(c, sql, FileTable::pin, owner);
    }

    public static long countPinsOf(Connection c, String owner) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM file_pins WHERE kind = 'message' AND owner = ?", owner);
    }

    public static long totalSizeOf(Connection c, String owner) throws SQLException {
        return Sql.count(c, "SELECT COALESCE(SUM(f.size), 0) FROM file_pins p JOIN files f ON f.hash = p.file_hash "
                + "WHERE p.kind = 'message' AND p.owner = ?", owner);
    }

    /** Message pins whose tag is {@code tag}, newest content time first. */
    public static List<Pin> pinsWithTag(Connection c, String tag) throws SQLException {
        return Sql.list(c, "SELECT * FROM file_pins WHERE kind = 'message' AND (item_hash = ? AND ref IS NULL OR ref = ?) "
                + "ORDER BY created DESC, id DESC", FileTable::pin, tag, tag);
    }

    /** Grace pins whose time has passed. */
    public static List<String> expiredGraceFiles(Connection c, double now) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT file_hash FROM file_pins WHERE kind = 'grace_period' AND delete_by < ?",
                rs -> rs.getString(1), now);
    }

    public static void deleteExpiredGracePins(Connection c, double now) throws SQLException {
        Sql.update(c, "DELETE FROM file_pins WHERE kind = 'grace_period' AND delete_by < ?", now);
    }

    public static Optional<Tag> tag(Connection c, String tag) throws SQLException {
        return Sql.one(c, "SELECT * FROM file_tags WHERE tag = ?", rs -> new Tag(rs.getString("tag"),
                rs.getString("owner"), rs.getString("file_hash"), rs.getDouble("last_updated")), tag);
    }

    /** Inserts a tag, or moves it to {@code fileHash} when {@code time} is strictly newer. */
    public static void upsertTag(Connection c, String tag, String owner, String fileHash, double time) throws SQLException {
        Sql.update(c, "INSERT INTO file_tags (tag, owner, file_hash, last_updated) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(tag) DO UPDATE SET file_hash = excluded.file_hash, last_updated = excluded.last_updated "
                + "WHERE excluded.last_updated > file_tags.last_updated", tag, owner, fileHash, time);
    }

    public static void setTag(Connection c, String tag, String owner, String fileHash, double time) throws SQLException {
        Sql.update(c, "INSERT INTO file_tags (tag, owner, file_hash, last_updated) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(tag) DO UPDATE SET owner = excluded.owner, file_hash = excluded.file_hash, "
                + "last_updated = excluded.last_updated", tag, owner, fileHash, time);
    }

    public static void deleteTag(Connection c, String tag) throws SQLException {
        Sql.update(c, "DELETE FROM file_tags WHERE tag = ?", tag);
    }

    private static Pin pin(ResultSet rs) throws SQLException {
        return new Pin(rs.getString("file_hash"), rs.getString("item_hash"), rs.getString("owner"), rs.getString("ref"),
                rs.getDouble("created"));
    }
}
