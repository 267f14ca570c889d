package org.alephdeploy.ccn;

/**
 * The most a node's answer may weigh, per kind of endpoint: generous for anything a real node
 * sends, finite against a node (or something on the path to it) that never stops sending. A body
 * over its limit is not read further.
 */
final class BodyLimits {
    /** {@code /version}, statuses, file references and metadata, balances, prices, limits, replies to posts. */
    static final long SMALL = 1L << 20;
    /** One message ({@code /messages/{hash}}): inline content is at most 200,000 characters; non-inline content is JSON too. */
    static final long MESSAGE = 8L << 20;
    /** A page of a listing, an address's files, its costs, its aggregates. */
    static final long LISTING = 64L << 20;
    /** A file downloaded to disk (streamed, never held in memory). */
    static final long DOWNLOAD = 4L << 30;

    private BodyLimits() {
    }

    /** "1 MiB", "4 GiB": a limit in words. */
    static String words(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }

    /** Thrown by a body sink that met more bytes than its request's limit; the transport says which request. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super(null, null, false, false);
        }
    }
}
