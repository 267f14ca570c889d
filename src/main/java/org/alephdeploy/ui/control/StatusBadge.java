package org.alephdeploy.ui.control;

import org.alephdeploy.ui.model.ItemStatus;

/** The badge for a message status. */
public final class StatusBadge {
    private StatusBadge() {
    }

    public static Badge of(ItemStatus status) {
        Badge.Variant variant = switch (status) {
            case PROCESSED -> Badge.Variant.SUCCESS;
            case PENDING -> Badge.Variant.PENDING;
            case REJECTED -> Badge.Variant.DANGER;
            case FORGOTTEN -> Badge.Variant.MUTED;
        };
        return new Badge(variant, status.label());
    }
}
