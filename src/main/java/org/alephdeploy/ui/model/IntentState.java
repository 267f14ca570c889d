package org.alephdeploy.ui.model;

import java.util.Objects;

/**
 * Whether an intent can start for the selection, and the sentence that says why (when disabled)
 * or what it will do (when enabled); the view shows it as the button's tooltip.
 */
public record IntentState(boolean enabled, String reason) {
    public IntentState {
        Objects.requireNonNull(reason);
    }

    public static IntentState enabled(String effect) {
        return new IntentState(true, effect);
    }

    public static IntentState disabled(String reason) {
        return new IntentState(false, reason);
    }
}
