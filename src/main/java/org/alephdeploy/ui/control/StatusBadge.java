package org.alephdeploy.ui.control;

import org.alephdeploy.ui.model.ItemStatus;

/** The badge for a message status. */
public final class StatusBadge {
    private StatusBadge() {
    }

    public static Badge of(ItemStatus status) {
        return new Badge(variant(status), status.label());
    }

    /** The badge for {@code status} as data, for cells that keep their badge. */
    public static BadgeSpec spec(ItemStatus status) {
        return new BadgeSpec(variant(status), status.label(), status.explanation());
    }

    private static Badge.Variant variant(ItemStatus status) {
        return switch (status) {
            case PROCESSED -> Badge.Variant.SUCCESS;
            case PENDING -> Badge.Variant.PENDING;
            case REJECTED -> Badge.Variant.DANGER;
            case FORGOTTEN -> Badge.Variant.MUTED;
            case REMOVING_BALANCE, REMOVING_CREDIT, REMOVING -> Badge.Variant.CAUTION;
        };
    }
}
