package org.alephdeploy.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Small key/value facts about the store (seed versions). */
public final class Meta {
    private Meta() {
    }

    public static Optional<String> get(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    public static void put(Connection c, String key, String value) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
    }
}
