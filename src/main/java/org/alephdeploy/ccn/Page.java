package org.alephdeploy.ccn;

import java.util.List;

/**
 * One page of a listing. Page mode fills {@code page} and {@code total}; cursor mode fills
 * {@code nextCursor} (null on the last page) and leaves {@code total} null.
 */
public record Page<T>(List<T> items, int page, int perPage, Long total, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }
}
