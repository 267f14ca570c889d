package org.alephdeploy.ui.shell;

/**
 * How far the last refresh of the current network got: it decides whose reason the offline
 * banner gives and whether the listing ends the loading spinner. Moves only through the
 * transitions below; starts at {@link #UNKNOWN}.
 */
enum Reach {
    /** Nothing checked yet. */
    UNKNOWN,
    /** The node answered its version check; the inventory is being listed. */
    NODE_ANSWERED,
    /** The node answered and the inventory was listed. */
    ONLINE,
    /** The node did not answer its version check. */
    NODE_DOWN,
    /** The node answered, then listing the inventory found it unreachable; the saved copy loads next. */
    LISTING_FAILED;

    /** After the version check: {@link #NODE_ANSWERED} or {@link #NODE_DOWN}, whatever came before. */
    static Reach probed(boolean answered) {
        return answered ? NODE_ANSWERED : NODE_DOWN;
    }

    /** After listing the inventory. */
    Reach listed(boolean reachable) {
        if (this != NODE_ANSWERED) {
            throw new IllegalStateException("listing follows an answered version check, not " + this);
        }
        return reachable ? ONLINE : LISTING_FAILED;
    }

    /** A node that did not answer its version check is the reason the banner gives, over an older one. */
    boolean replacesBannerReason() {
        return this == NODE_DOWN;
    }

    /** The listing ends the loading unless the saved copy still has to be loaded. */
    boolean listingEndsLoading() {
        return this != LISTING_FAILED;
    }
}
