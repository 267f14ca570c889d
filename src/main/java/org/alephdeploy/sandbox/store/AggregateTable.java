package org.alephdeploy.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alephdeploy.message.Json;

/** Aggregate elements and their shallow merge per (owner, key), later content time winning (P-3.7). *
 * <p>The sandbox's own aggregate store, independent of the client's ccn.Aggregates (see package-info).
 */
public final class AggregateTable {
    private AggregateTable() {
    }

    /** A merged aggregate. */
    public record Merged(String owner, String key, ObjectNode content, double lastTime) {
    }

    public static void addElement(Connection c, String itemHash, String owner, String key, double time,
            ObjectNode content) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO aggregate_elements (item_hash, owner, key, time, content) VALUES (?, ?, ?, ?, ?)",
                itemHash, owner, key, time, Json.compact(content));
        recompute(c, owner, key);
    }

    public static void removeElement(Connection c, String itemHash) throws SQLException {
        Optional<String[]> ok = Sql.one(c, "SELECT owner, key FROM aggregate_elements WHERE item_hash = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, itemHash);
        if (ok.isPresent()) {
            Sql.update(c, "DELETE FROM aggregate_elements WHERE item_hash = ?", itemHash);
            recompute(c, ok.get()[0], ok.get()[1]);
        }
    }

    /** Element hashes of one owner's keys (FORGET {@code aggregates}). */
    public static List<String> elementsOf(Connection c, String owner, String key) throws SQLException {
        return Sql.list(c, "SELECT item_hash FROM aggregate_elements WHERE owner = ? AND key = ?",
                rs -> rs.getString(1), owner, key);
    }

    private static void recompute(Connection c, String owner, String key) throws SQLException {
        List<ObjectNode> elements = Sql.list(c, "SELECT content FROM aggregate_elements WHERE owner = ? AND key = ? "
                + "ORDER BY time, item_hash", rs -> Json.parseObject(rs.getString(1)), owner, key);
        if (elements.isEmpty()) {
            Sql.update(c, "DELETE FROM aggregates WHERE owner = ? AND key = ?", owner, key);
            return;
        }
        double last = Sql.one(c, "SELECT MAX(time) AS m FROM aggregate_elements WHERE owner = ? AND key = ?",
                rs -> rs.getDouble("m"), owner, key).orElse(0.0);
        ObjectNode merged = Json.object();
        for (ObjectNode e : elements) {
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                merged.set(f.getKey(), f.getValue());
            }
        }
        Sql.update(c, "INSERT INTO aggregates (owner, key, content, last_time) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(owner, key) DO UPDATE SET content = excluded.content, last_time = excluded.last_time",
                owner, key, Json.compact(merged), last);
    }

    public static Optional<Merged> get(Connection c, String owner, String key) throws SQLException {
        return Sql.one(c, "SELECT * FROM aggregates WHERE owner = ? AND key = ?", rs -> new Merged(rs.getString("owner"),
                rs.getString("key"), Json.parseObject(rs.getString("content")), rs.getDouble("last_time")), owner, key);
    }

    public static List<Merged> of(Connection c, String owner) throws SQLException {
        return Sql.list(c, "SELECT * FROM aggregates WHERE owner = ? ORDER BY key", rs -> new Merged(rs.getString("owner"),
                rs.getString("key"), Json.parseObject(rs.getString("content")), rs.getDouble("last_time")), owner);
    }

    /** Inserts a merged aggregate directly (seeds). */
    public static void seed(Connection c, String owner, String key, ObjectNode content, double time) throws SQLException {
        Sql.update(c, "INSERT INTO aggregates (owner, key, content, last_time) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(owner, key) DO NOTHING", owner, key, Json.compact(content), time);
    }
}
