package org.alephdeploy.sandbox.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The messages table: every message the node has seen, in whatever status. */
public final class Messages {
    private static final String COLUMNS = "item_hash, status, type, chain, sender, channel, time, item_type, envelope, "
            + "content, owner, payment_type, size, reception_time, seq, error_code, details, forgotten_by, forgotten_at";

    private Messages() {
    }

    static MessageRow map(ResultSet rs) throws SQLException {
        return new MessageRow(rs.getString("item_hash"), rs.getString("status"), rs.getString("type"),
                rs.getString("chain"), rs.getString("sender"), rs.getString("channel"), Sql.nullableDouble(rs, "time"),
                rs.getString("item_type"), rs.getString("envelope"), rs.getString("content"), rs.getString("owner"),
                rs.getString("payment_type"), Sql.nullableLong(rs, "size"), rs.getDouble("reception_time"),
                Sql.nullableLong(rs, "seq"), Sql.nullableInt(rs, "error_code"), rs.getString("details"),
                rs.getString("forgotten_by"), Sql.nullableDouble(rs, "forgotten_at"));
    }

    public static Optional<MessageRow> get(Connection c, String itemHash) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM messages WHERE item_hash = ?", Messages::map, itemHash);
    }

    /** Records a new pending message, or re-opens a rejected one. */
    public static void upsertPending(Connection c, String itemHash, String type, String chain, String sender,
            String channel, Double time, String itemType, String envelope, double receptionTime) throws SQLException {
        Sql.update(c, "INSERT INTO messages (item_hash, status, type, chain, sender, channel, time, item_type, envelope, "
                + "reception_time) VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(item_hash) DO UPDATE SET status = 'pending', type = excluded.type, chain = excluded.chain, "
                + "sender = excluded.sender, channel = excluded.channel, time = excluded.time, "
                + "item_type = excluded.item_type, envelope = excluded.envelope, reception_time = excluded.reception_time, "
                + "error_code = NULL, details = NULL WHERE messages.status = 'rejected'",
                itemHash, type, chain, sender, channel, time, itemType, envelope, receptionTime);
    }

    /** Records a rejection with its error code and details. */
    public static void markRejected(Connection c, String itemHash, int code, String detailsJson) throws SQLException {
        Sql.update(c, "UPDATE messages SET status = 'rejected', error_code = ?, details = ? WHERE item_hash = ?",
                code, detailsJson, itemHash);
    }

    /** The fields a processed message adds to its row. */
    public record Processed(String contentJson, String owner, String contentType, String contentRef, String contentKey,
            String contentItemHash, String paymentType, String tagsJson, long size) {
    }

    public static void markProcessed(Connection c, String itemHash, Processed p) throws SQLException {
        long seq = Sql.count(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM messages");
        Sql.update(c, "UPDATE messages SET status = 'processed', content = ?, owner = ?, content_type = ?, "
                + "content_ref = ?, content_key = ?, content_item_hash = ?, payment_type = ?, tags = ?, size = ?, "
                + "seq = ?, error_code = NULL, details = NULL WHERE item_hash = ?",
                p.contentJson(), p.owner(), p.contentType(), p.contentRef(), p.contentKey(), p.contentItemHash(),
                p.paymentType(), p.tagsJson(), p.size(), seq, itemHash);
    }

    /** Moves a live message between {@code processed} and {@code removing}. */
    public static void setStatus(Connection c, String itemHash, String status) throws SQLException {
        Sql.update(c, "UPDATE messages SET status = ? WHERE item_hash = ? AND status IN ('processed', 'removing')", status, itemHash);
    }

    /** Turns a processed message into a forgotten skeleton: content dropped, forgotten_by set. */
    public static void markForgotten(Connection c, String itemHash, String forgottenByJson, double at) throws SQLException {
        Sql.update(c, "UPDATE messages SET status = 'forgotten', content = NULL, forgotten_by = ?, forgotten_at = ? "
                + "WHERE item_hash = ?", forgottenByJson, at, itemHash);
    }

    public static void setForgottenBy(Connection c, String itemHash, String forgottenByJson) throws SQLException {
        Sql.update(c, "UPDATE messages SET forgotten_by = ? WHERE item_hash = ?", forgottenByJson, itemHash);
    }

    /** Processed messages after {@code seq}, oldest first (WebSocket live feed, restart-safe). */
    public static List<MessageRow> processedAfter(Connection c, long seq, int limit) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM messages WHERE seq > ? AND status IN ('processed', 'removing') "
                + "ORDER BY seq LIMIT ?", Messages::map, seq, limit);
    }

    public static long maxSeq(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COALESCE(MAX(seq), 0) FROM messages");
    }

    public static List<MessageRow> list(Connection c, MessageQuery f) throws SQLException {
        return list(c, f, "time");
    }

    /**
     * Lists by {@code sortColumn} ({@code time} or {@code forgotten_at}), ties by item hash ascending.
     * A page past the first of a time-sorted listing is read after the last row of the page before
     * it ({@link PageCursors}), so asking for page 100 costs about what page 1 does.
     */
    public static List<MessageRow> list(Connection c, MessageQuery f, String sortColumn) throws SQLException {
        if (!sortColumn.equals("time") && !sortColumn.equals("forgotten_at")) {
            throw new IllegalArgumentException("cannot sort by " + sortColumn);
        }
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        String order = " ORDER BY " + sortColumn + (f.descending() ? " DESC" : " ASC") + ", item_hash ASC";
        if (sortColumn.equals("time") && f.afterTime() == null && f.limit() > 0 && f.offset() > 0) {
            return keysetPage(c, f, where, args, order);
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM messages WHERE " + where);
        if (f.afterTime() != null) {
            sql.append(after(f.descending()));
            args.add(f.afterTime());
            args.add(f.afterTime());
            args.add(f.afterHash());
        }
        sql.append(order);
        if (f.limit() > 0) {
            sql.append(" LIMIT ").append(f.limit());
            if (f.offset() > 0) {
                sql.append(" OFFSET ").append(f.offset());
            }
        }
        List<MessageRow> rows = Sql.list(c, sql.toString(), Messages::map, args.toArray());
        if (f.afterTime() == null && f.limit() > 0 && f.offset() == 0 && sortColumn.equals("time")) {
            recordEnd(PageCursors.of(c), listingKey(where, args, f.descending()), f, rows);
        }
        return rows;
    }

    /** Rows after {@code (time, item_hash)} in the listing's order; rows without a time sort first ascending, last descending. */
    private static String after(boolean descending) {
        return descending ? " AND (time < ? OR (time = ? AND item_hash > ?) OR time IS NULL)"
                : " AND (time > ? OR (time = ? AND item_hash > ?))";
    }

    private static List<MessageRow> keysetPage(Connection c, MessageQuery f, String where, List<Object> args, String order)
            throws SQLException {
        PageCursors cursors = PageCursors.of(c);
        String key = listingKey(where, args, f.descending());
        PageCursors.Boundary start = cursors.boundary(key, f.offset()).orElse(null);
        if (start == null) {
            List<Object[]> found = Sql.list(c, "SELECT time, item_hash FROM messages WHERE " + where + order
                    + " LIMIT 1 OFFSET " + (f.offset() - 1), rs -> new Object[] {Sql.nullableDouble(rs, "time"),
                        rs.getString("item_hash")}, args.toArray());
            if (found.isEmpty()) {
                return List.of();
            }
            if (found.get(0)[0] == null) {
                // a row without a time cannot be a keyset boundary: step over the rows instead
                return Sql.list(c, "SELECT " + COLUMNS + " FROM messages WHERE " + where + order + " LIMIT " + f.limit()
                        + " OFFSET " + f.offset(), Messages::map, args.toArray());
            }
            start = new PageCursors.Boundary((Double) found.get(0)[0], (String) found.get(0)[1]);
        }
        List<Object> keyset = new ArrayList<>(args);
        keyset.add(start.time());
        keyset.add(start.time());
        keyset.add(start.itemHash());
        List<MessageRow> rows = Sql.list(c, "SELECT " + COLUMNS + " FROM messages WHERE " + where + after(f.descending())
                + order + " LIMIT " + f.limit(), Messages::map, keyset.toArray());
        recordEnd(cursors, key, f, rows);
        return rows;
    }

    /** Remembers where the page after this full one starts. */
    private static void recordEnd(PageCursors cursors, String key, MessageQuery f, List<MessageRow> rows) {
        if (rows.size() == f.limit() && rows.get(rows.size() - 1).time() != null) {
            MessageRow last = rows.get(rows.size() - 1);
            cursors.recordBoundary(key, f.offset() + f.limit(), new PageCursors.Boundary(last.time(), last.itemHash()));
        }
    }

    private static String listingKey(String where, List<Object> args, boolean descending) {
        return (descending ? "desc|" : "asc|") + where + "|" + args;
    }

    /** How many messages the listing holds (remembered until the database changes). */
    public static long count(Connection c, MessageQuery f) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = f.where(args);
        PageCursors cursors = PageCursors.of(c);
        String key = listingKey(where, args, false);
        Long known = cursors.total(key).orElse(null);
        if (known != null) {
            return known;
        }
        long total = Sql.count(c, "SELECT COUNT(*) FROM messages WHERE " + where, args.toArray());
        cursors.recordTotal(key, total);
        return total;
    }

    /** Hashes by status, for {@code /api/v0/messages/hashes}. */
    public static List<String> hashes(Connection c, String status, Double start, Double end, boolean descending,
            int limit, int offset) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT item_hash FROM messages").append(hashesWhere(status, start, end, args));
        sql.append(descending ? " ORDER BY time DESC, item_hash ASC" : " ORDER BY time ASC, item_hash ASC");
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit).append(" OFFSET ").append(offset);
        }
        return Sql.list(c, sql.toString(), rs -> rs.getString(1), args.toArray());
    }

    public static long countHashes(Connection c, String status, Double start, Double end) throws SQLException {
        List<Object> args = new ArrayList<>();
        return Sql.count(c, "SELECT COUNT(*) FROM messages" + hashesWhere(status, start, end, args), args.toArray());
    }

    private static String hashesWhere(String status, Double start, Double end, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        if (start != null) {
            where.append(" AND time >= ?");
            args.add(start);
        }
        if (end != null) {
            where.append(" AND time < ?");
            args.add(end);
        }
        return where.toString();
    }
}
