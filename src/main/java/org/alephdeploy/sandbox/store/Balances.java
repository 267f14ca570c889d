package org.alephdeploy.sandbox.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Account balances (ALEPH and credits), the cost rows of live messages (the reference node's
 * {@code account_costs}) and the credits each address has spent so far.
 */
public final class Balances {
    private Balances() {
    }

    /** An account's balance row. */
    public record Account(String address, BigDecimal balance, long credits) {
    }

    /** One cost row of a message; amounts as 18-decimal strings' values, {@code sizeMib} null when not a volume. */
    public record CostRow(String itemHash, String owner, String paymentType, String type, String name, String ref,
            BigDecimal hold, BigDecimal stream, BigDecimal credit, BigDecimal sizeMib) {
    }

    /** What an address spends: credit per second (or hold) summed per message, oldest message first. */
    public record MessageCost(String itemHash, String owner, String paymentType, BigDecimal hold, BigDecimal stream,
            BigDecimal credit) {
    }

    /** The credits an address has used up, as of {@code settledAt}. */
    public record Spending(BigDecimal spent, double settledAt) {
    }

    public static Optional<Account> get(Connection c, String address) throws SQLException {
        return Sql.one(c, "SELECT * FROM balances WHERE address = ?", rs -> new Account(rs.getString("address"),
                new BigDecimal(rs.getString("balance")), rs.getLong("credits")), address);
    }

    public static void seed(Connection c, String address, BigDecimal balance, long credits) throws SQLException {
        Sql.update(c, "INSERT INTO balances (address, balance, credits) VALUES (?, ?, ?) ON CONFLICT(address) DO NOTHING",
                address, balance.toPlainString(), credits);
    }

    /** Replaces a message's cost rows. */
    public static void setCosts(Connection c, String itemHash, List<CostRow> rows) throws SQLException {
        removeCost(c, itemHash);
        for (CostRow r : rows) {
            Sql.update(c, "INSERT INTO account_costs (item_hash, owner, payment_type, type, name, ref, cost_hold, cost_stream, "
                    + "cost_credit, size_mib) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.itemHash(), r.owner(), r.paymentType(),
                    r.type(), r.name(), r.ref(), r.hold().toPlainString(), r.stream().toPlainString(), r.credit().toPlainString(),
                    r.sizeMib() == null ? null : r.sizeMib().toPlainString());
        }
    }

    public static void removeCost(Connection c, String itemHash) throws SQLException {
        Sql.update(c, "DELETE FROM account_costs WHERE item_hash = ?", itemHash);
    }

    public static List<CostRow> costRows(Connection c, String itemHash) throws SQLException {
        return Sql.list(c, "SELECT * FROM account_costs WHERE item_hash = ? ORDER BY id", rs -> new CostRow(
                rs.getString("item_hash"), rs.getString("owner"), rs.getString("payment_type"), rs.getString("type"),
                rs.getString("name"), rs.getString("ref"), new BigDecimal(rs.getString("cost_hold")),
                new BigDecimal(rs.getString("cost_stream")), new BigDecimal(rs.getString("cost_credit")),
                rs.getString("size_mib") == null ? null : new BigDecimal(rs.getString("size_mib"))), itemHash);
    }

    /**
     * The cost of each message of {@code owner} (null: every owner) paid with {@code paymentType}
     * (null: any), oldest first.
     */
    public static List<MessageCost> messageCosts(Connection c, String owner, String paymentType) throws SQLException {
        List<CostRow> rows = Sql.list(c, "SELECT * FROM account_costs WHERE (? IS NULL OR owner = ?) AND (? IS NULL OR payment_type = ?) "
                + "ORDER BY id", rs -> new CostRow(rs.getString("item_hash"), rs.getString("owner"), rs.getString("payment_type"),
                rs.getString("type"), rs.getString("name"), rs.getString("ref"), new BigDecimal(rs.getString("cost_hold")),
                new BigDecimal(rs.getString("cost_stream")), new BigDecimal(rs.getString("cost_credit")), null),
                owner, owner, paymentType, paymentType);
        Map<String, MessageCost> byHash = new LinkedHashMap<>();
        for (CostRow r : rows) {
            byHash.merge(r.itemHash(), new MessageCost(r.itemHash(), r.owner(), r.paymentType(), r.hold(), r.stream(), r.credit()),
                    (a, b) -> new MessageCost(a.itemHash(), a.owner(), a.paymentType(), a.hold().add(b.hold()),
                            a.stream().add(b.stream()), a.credit().add(b.credit())));
        }
        return List.copyOf(byHash.values());
    }

    /** Sum of the hold costs of an owner's live hold-paid messages. */
    public static BigDecimal lockedHold(Connection c, String owner) throws SQLException {
        return messageCosts(c, owner, "hold").stream().map(MessageCost::hold).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the per-second credit costs of an owner's live credit-paid messages. */
    public static BigDecimal creditRate(Connection c, String owner) throws SQLException {
        return messageCosts(c, owner, "credit").stream().map(MessageCost::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Optional<Spending> spending(Connection c, String address) throws SQLException {
        return Sql.one(c, "SELECT spent, settled_at FROM credit_spending WHERE address = ?",
                rs -> new Spending(new BigDecimal(rs.getString(1)), rs.getDouble(2)), address);
    }

    public static void setSpending(Connection c, String address, BigDecimal spent, double settledAt) throws SQLException {
        Sql.update(c, "INSERT INTO credit_spending (address, spent, settled_at) VALUES (?, ?, ?) ON CONFLICT(address) "
                + "DO UPDATE SET spent = excluded.spent, settled_at = excluded.settled_at", address, spent.toPlainString(), settledAt);
    }
}
