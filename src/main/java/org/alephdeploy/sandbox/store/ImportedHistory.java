package org.alephdeploy.sandbox.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The rows of the sandbox's own import of signed history (docs/sandbox.md): skeletons of messages
 * forgotten on the source node (their content is gone there, so only the signed envelope fields
 * remain) and files marked remote (known by hash and size, fetched from their source when the
 * compute node needs them); and the statuses of copied messages that changed on the source without
 * a new message ({@code processed} ↔ {@code removing}).
 */
public final class ImportedHistory {
    /** The table of remote files; created with the schema ({@link Database}). */
    public static final String REMOTE_FILES_DDL = "CREATE TABLE IF NOT EXISTS remote_files (hash TEXT PRIMARY KEY, "
            + "size INTEGER NOT NULL, source TEXT NOT NULL)";

    private ImportedHistory() {
    }

    /** A forgotten message as the source node lists it. */
    public record Skeleton(String itemHash, String type, String chain, String sender, String channel, double time,
            String itemType, String envelopeJson, String owner, String paymentType, Long size, String forgottenByJson,
            double forgottenAt) {
    }

    /** Inserts a forgotten skeleton; false when this node already has a row for the hash. */
    public static boolean insertSkeleton(Connection c, Skeleton s, double receptionTime) throws SQLException {
        if (Messages.get(c, s.itemHash()).isPresent()) {
            return false;
        }
        Sql.update(c, "INSERT INTO messages (item_hash, status, type, chain, sender, channel, time, item_type, envelope, "
                + "reception_time, owner, payment_type, size, forgotten_by, forgotten_at) "
                + "VALUES (?, 'forgotten', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.itemHash(), s.type(), s.chain(), s.sender(), s.channel(), s.time(), s.itemType(), s.envelopeJson(),
                receptionTime, s.owner(), s.paymentType(), s.size(), s.forgottenByJson(), s.forgottenAt());
        return true;
    }

    /** Removes a skeleton that no imported FORGET vouches for. */
    public static void deleteSkeleton(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "DELETE FROM messages WHERE item_hash = ? AND status = 'forgotten'", itemHash);
    }

    /** A file known by hash and size whose bytes are at {@code source}. */
    public record Remote(String hash, long size, String source) {
    }

    /** Marks a file remote unless its bytes are already here; {@code sha256} is the hash for storage files, else empty. */
    public static void markRemote(Connection c, Remote r, String sha256, double now) throws SQLException {
        Sql.update(c, "INSERT INTO files (hash, sha256, size, type, created) VALUES (?, ?, ?, 'file', ?) "
                + "ON CONFLICT(hash) DO NOTHING", r.hash(), sha256, r.size(), now);
        Sql.update(c, "INSERT INTO remote_files (hash, size, source) VALUES (?, ?, ?) ON CONFLICT(hash) DO UPDATE SET "
                + "size = excluded.size, source = excluded.source", r.hash(), r.size(), r.source());
    }

    public static Optional<Remote> remote(Connection c, String hash) throws SQLException {
        return Sql.one(c, "SELECT * FROM remote_files WHERE hash = ?", rs -> new Remote(rs.getString("hash"),
                rs.getLong("size"), rs.getString("source")), hash);
    }

    /** The bytes of {@code hash} are now in the file store under {@code sha256}: the file is no longer remote. */
    public static void fileArrived(Connection c, String hash, String sha256, long size, double now) throws SQLException {
        Sql.update(c, "INSERT INTO files (hash, sha256, size, type, created) VALUES (?, ?, ?, 'file', ?) "
                + "ON CONFLICT(hash) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size", hash, sha256, size, now);
        Sql.update(c, "DELETE FROM remote_files WHERE hash = ?", hash);
    }

    /** What setting a copied message's status did. */
    public enum StatusChange { UPDATED, UNCHANGED, SKIPPED }

    /**
     * Sets a live message ({@code processed} or {@code removing}) to {@code status}, one of those two;
     * a message this node does not hold live (unknown, forgotten, rejected) is skipped.
     */
    public static StatusChange setLiveStatus(Connection c, String itemHash, String status) throws SQLException {
        Optional<MessageRow> row = Messages.get(c, itemHash);
        if (row.isEmpty() || !(row.get().is(MessageRow.PROCESSED) || row.get().is(MessageRow.REMOVING))) {
            return StatusChange.SKIPPED;
        }
        if (row.get().is(status)) {
            return StatusChange.UNCHANGED;
        }
        Messages.setStatus(c, itemHash, status);
        return StatusChange.UPDATED;
    }

    /**
     * Sets what an address was given so that its balance at {@code now} is {@code balance} ALEPH and
     * {@code credits} credits: the credits the source reports already account for everything spent
     * there, so this node's credit clock restarts at {@code now} (what it spent before is kept and
     * added back, and the time since it last settled is not charged again).
     */
    public static void setAccount(Connection c, String address, BigDecimal balance, long credits, double now)
            throws SQLException {
        BigDecimal spent = Balances.spending(c, address).map(Balances.Spending::spent).orElse(BigDecimal.ZERO);
        Balances.setSpending(c, address, spent, now);
        long granted = spent.setScale(0, RoundingMode.CEILING).longValueExact() + credits;
        Sql.update(c, "INSERT INTO balances (address, balance, credits) VALUES (?, ?, ?) ON CONFLICT(address) DO UPDATE SET "
                + "balance = excluded.balance, credits = excluded.credits", address, balance.toPlainString(), granted);
    }
}
