package org.alephdeploy.sandbox.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Where each page of a listing starts, so that page N of a page-mode listing ({@code LIMIT/OFFSET}
 * outside) is read as a keyset query inside: the rows after the last row of page N-1, found in an
 * index instead of stepping over N-1 pages of rows. A walk through the pages records each page's
 * end as it goes; a page asked for first is located once in the index (time and hash only).
 * Also remembers listing totals. Everything is forgotten as soon as the database changed
 * (SQLite's {@code total_changes()} on the node's one connection moved), so answers are exactly
 * those of an OFFSET query.
 */
final class PageCursors {
    /** The row just before a page: its sort time and item hash. */
    record Boundary(double time, String itemHash) {
    }

    private static final int MAX_ENTRIES = 4096;
    private static final Map<Connection, PageCursors> BY_CONNECTION = new WeakHashMap<>();

    private long version = -1;
    private final Map<String, Boundary> boundaries = lru();
    private final Map<String, Long> totals = lru();

    private PageCursors() {
    }

    /** The cursors of {@code c}, emptied when the database changed since they were recorded. */
    static PageCursors of(Connection c) throws SQLException {
        PageCursors cursors;
        synchronized (BY_CONNECTION) {
            cursors = BY_CONNECTION.computeIfAbsent(c, k -> new PageCursors());
        }
        long now = Sql.count(c, "SELECT total_changes()");
        synchronized (cursors) {
            if (cursors.version != now) {
                cursors.boundaries.clear();
                cursors.totals.clear();
                cursors.version = now;
            }
        }
        return cursors;
    }

    synchronized Optional<Boundary> boundary(String listing, int offset) {
        return Optional.ofNullable(boundaries.get(listing + "#" + offset));
    }

    synchronized void recordBoundary(String listing, int offset, Boundary b) {
        boundaries.put(listing + "#" + offset, b);
    }

    synchronized Optional<Long> total(String listing) {
        return Optional.ofNullable(totals.get(listing));
    }

    synchronized void recordTotal(String listing, long total) {
        totals.put(listing, total);
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }
}
