package org.alephdeploy.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Messages waiting to be processed. A row is due when its {@code next_attempt} has come or when it
 * was woken because another message got processed (its dependency may have arrived); due rows are
 * taken in {@code order_key} order, i.e. {@code min(time, reception)} as the reference node does.
 */
public final class PendingQueue {
    private PendingQueue() {
    }

    /** A queued message. */
    public record Entry(String itemHash, String envelopeJson, double orderKey, double nextAttempt, int attempts,
            boolean woken, double receptionTime, boolean checkSignature) {
    }

    public static void add(Connection c, String itemHash, String envelope, double orderKey, double receptionTime,
            boolean checkSignature) throws SQLException {
        Sql.update(c, "INSERT INTO pending (item_hash, envelope, order_key, next_attempt, attempts, wake, reception_time, "
                + "check_signature) VALUES (?, ?, ?, ?, 0, 0, ?, ?) ON CONFLICT(item_hash) DO UPDATE SET "
                + "envelope = excluded.envelope, next_attempt = excluded.next_attempt, attempts = 0, wake = 0",
                itemHash, envelope, orderKey, orderKey, receptionTime, checkSignature);
    }

    public static Optional<Entry> nextDue(Connection c, double now) throws SQLException {
        return Sql.one(c, "SELECT * FROM pending WHERE wake = 1 OR next_attempt <= ? ORDER BY order_key, item_hash LIMIT 1",
                rs -> new Entry(rs.getString("item_hash"), rs.getString("envelope"), rs.getDouble("order_key"),
                        rs.getDouble("next_attempt"), rs.getInt("attempts"), rs.getInt("wake") == 1,
                        rs.getDouble("reception_time"), rs.getInt("check_signature") == 1), now);
    }

    /** The earliest scheduled attempt, or empty when the queue is empty. */
    public static Optional<Double> earliest(Connection c) throws SQLException {
        return Sql.one(c, "SELECT MIN(next_attempt) AS m FROM pending", rs -> Sql.nullableDouble(rs, "m"))
                .filter(v -> v != null);
    }

    public static Optional<Entry> get(Connection c, String itemHash) throws SQLException {
        return Sql.one(c, "SELECT * FROM pending WHERE item_hash = ?",
                rs -> new Entry(rs.getString("item_hash"), rs.getString("envelope"), rs.getDouble("order_key"),
                        rs.getDouble("next_attempt"), rs.getInt("attempts"), rs.getInt("wake") == 1,
                        rs.getDouble("reception_time"), rs.getInt("check_signature") == 1), itemHash);
    }

    public static void remove(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "DELETE FROM pending WHERE item_hash = ?", itemHash);
    }

    /** Schedules a scheduled retry: one more attempt used. */
    public static void retryAt(Connection c, String itemHash, double nextAttempt) throws SQLException {
        Sql.update(c, "UPDATE pending SET attempts = attempts + 1, next_attempt = ?, wake = 0 WHERE item_hash = ?",
                nextAttempt, itemHash);
    }

    /** A woken re-check that failed again: no attempt used, the scheduled retry stays. */
    public static void sleep(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "UPDATE pending SET wake = 0 WHERE item_hash = ?", itemHash);
    }

    /** Wakes every message that is waiting for a retry. */
    public static void wakeRetrying(Connection c) throws SQLException {
        Sql.update(c, "UPDATE pending SET wake = 1 WHERE attempts > 0");
    }

    public static long size(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM pending");
    }
}
