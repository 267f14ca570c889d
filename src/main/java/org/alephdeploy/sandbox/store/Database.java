package org.alephdeploy.sandbox.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The node's SQLite database (WAL). One connection, used under one lock: the processing thread
 * writes, HTTP threads read; every change is one transaction, so a killed process restarts on a
 * consistent state.
 */
public final class Database implements AutoCloseable {
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS messages (
            item_hash TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            type TEXT NOT NULL,
            chain TEXT,
            sender TEXT,
            channel TEXT,
            time REAL,
            item_type TEXT,
            envelope TEXT NOT NULL,
            content TEXT,
            owner TEXT,
            content_type TEXT,
            content_ref TEXT,
            content_key TEXT,
            content_item_hash TEXT,
            payment_type TEXT,
            tags TEXT,
            size INTEGER,
            reception_time REAL NOT NULL,
            seq INTEGER,
            error_code INTEGER,
            details TEXT,
            forgotten_by TEXT,
            forgotten_at REAL
        )""",
        "CREATE INDEX IF NOT EXISTS messages_status_time ON messages(status, time)",
        "CREATE INDEX IF NOT EXISTS messages_owner ON messages(owner)",
        "CREATE INDEX IF NOT EXISTS messages_seq ON messages(seq)",
        "CREATE INDEX IF NOT EXISTS messages_ref ON messages(content_ref)",
        // listings walk these backwards in their default order (newest first, ties by hash ascending)
        // and start a page right after the previous one's last row
        "CREATE INDEX IF NOT EXISTS messages_time_desc ON messages(time, item_hash DESC)",
        "CREATE INDEX IF NOT EXISTS messages_owner_time_desc ON messages(owner, time, item_hash DESC)",
        "CREATE INDEX IF NOT EXISTS messages_sender_time_desc ON messages(sender, time, item_hash DESC)",
        """
        CREATE TABLE IF NOT EXISTS pending (
            item_hash TEXT PRIMARY KEY,
            envelope TEXT NOT NULL,
            order_key REAL NOT NULL,
            next_attempt REAL NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            wake INTEGER NOT NULL DEFAULT 0,
            reception_time REAL NOT NULL,
            check_signature INTEGER NOT NULL DEFAULT 1
        )""",
        "CREATE INDEX IF NOT EXISTS pending_order ON pending(order_key, item_hash)",
        "CREATE INDEX IF NOT EXISTS pending_next ON pending(next_attempt)",
        """
        CREATE TABLE IF NOT EXISTS files (
            hash TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            type TEXT NOT NULL DEFAULT 'file',
            created REAL NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS file_pins (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            file_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            item_hash TEXT,
            owner TEXT,
            ref TEXT,
            created REAL NOT NULL,
            delete_by REAL
        )""",
        "CREATE INDEX IF NOT EXISTS file_pins_file ON file_pins(file_hash)",
        "CREATE INDEX IF NOT EXISTS file_pins_item ON file_pins(item_hash)",
        """
        CREATE TABLE IF NOT EXISTS file_tags (
            tag TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            file_hash TEXT NOT NULL,
            last_updated REAL NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS vms (
            item_hash TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            owner TEXT NOT NULL,
            allow_amend INTEGER NOT NULL,
            replaces TEXT,
            created REAL NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS vm_refs (
            vm_hash TEXT NOT NULL,
            ref TEXT NOT NULL,
            use_latest INTEGER NOT NULL,
            role TEXT NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS vm_refs_ref ON vm_refs(ref)",
        """
        CREATE TABLE IF NOT EXISTS vm_versions (
            root TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            current_version TEXT NOT NULL,
            last_updated REAL NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS aggregate_elements (
            item_hash TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            key TEXT NOT NULL,
            time REAL NOT NULL,
            content TEXT NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS aggregates (
            owner TEXT NOT NULL,
            key TEXT NOT NULL,
            content TEXT NOT NULL,
            last_time REAL NOT NULL,
            PRIMARY KEY (owner, key)
        )""",
        """
        CREATE TABLE IF NOT EXISTS balances (
            address TEXT PRIMARY KEY,
            balance TEXT NOT NULL,
            credits INTEGER NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS account_costs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_hash TEXT NOT NULL,
            owner TEXT NOT NULL,
            payment_type TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            ref TEXT,
            cost_hold TEXT NOT NULL,
            cost_stream TEXT NOT NULL,
            cost_credit TEXT NOT NULL,
            size_mib TEXT
        )""",
        "CREATE INDEX IF NOT EXISTS account_costs_owner ON account_costs (owner, payment_type)",
        "CREATE INDEX IF NOT EXISTS account_costs_item ON account_costs (item_hash)",
        """
        CREATE TABLE IF NOT EXISTS credit_spending (
            address TEXT PRIMARY KEY,
            spent TEXT NOT NULL,
            settled_at REAL NOT NULL
        )""",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ImportedHistory.REMOTE_FILES_DDL,
    };

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
    }

    public static Database open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=5000");
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        }
        c.setAutoCommit(false);
        c.commit();
        return new Database(c);
    }

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("database error: " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
