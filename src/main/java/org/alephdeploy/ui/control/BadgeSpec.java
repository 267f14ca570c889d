package org.alephdeploy.ui.control;

import java.util.Objects;

/**
 * What one badge shows: its look, its text and the explanation on hover. Plain data, so rows can
 * work their badges out on a worker and cells only copy them onto nodes they keep.
 */
public record BadgeSpec(Badge.Variant variant, String text, String tip) {
    public BadgeSpec {
        Objects.requireNonNull(variant);
        text = text == null ? "" : text;
    }

    /** Puts this on {@code badge}, touching only what differs. */
    public void applyTo(Badge badge) {
        badge.setVariant(variant);
        if (!text.equals(badge.getText())) {
            badge.setText(text);
        }
        badge.setTip(tip);
    }
}
