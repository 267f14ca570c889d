package org.alephdeploy.sandbox.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Account balances (ALEPH and credits) and the costs of live messages. */
public final class Balances {
    private Balances() {
    }

    /** An account's balance row. */
    public record Account(String address, BigDecimal balance, long credits) {
    }

    public static Optional<Account> get(Connection c, String address) throws SQLException {
        return Sql.one(c, "SELECT * FROM balances WHERE address = ?", rs -> new Account(rs.getString("address"),
                new BigDecimal(rs.getString("balance")), rs.getLong("credits")), address);
    }

    public static void seed(Connection c, String address, BigDecimal balance, long credits) throws SQLException {
        Sql.update(c, "INSERT INTO balances (address, balance, credits) VALUES (?, ?, ?) ON CONFLICT(address) DO NOTHING",
                address, balance.toPlainString(), credits);
    }

    public static void addCost(Connection c, String itemHash, String owner, String paymentType, BigDecimal hold,
            BigDecimal creditPerSecond) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO costs (item_hash, owner, payment_type, hold, credit_per_second) VALUES (?, ?, ?, ?, ?)",
                itemHash, owner, paymentType, hold.toPlainString(), creditPerSecond.toPlainString());
    }

    public static void removeCost(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "DELETE FROM costs WHERE item_hash = ?", itemHash);
    }

    /** Sum of the hold costs of an owner's live messages. */
    public static BigDecimal lockedHold(Connection c, String owner) throws SQLException {
        return Sql.list(c, "SELECT hold FROM costs WHERE owner = ? AND payment_type = 'hold'",
                rs -> new BigDecimal(rs.getString(1)), owner).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the per-second credit costs of an owner's live messages. */
    public static BigDecimal creditRate(Connection c, String owner) throws SQLException {
        return Sql.list(c, "SELECT credit_per_second FROM costs WHERE owner = ? AND payment_type = 'credit'",
                rs -> new BigDecimal(rs.getString(1)), owner).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
