package org.alephdeploy.ui.fx;

import java.util.List;
import java.util.Objects;

/** One message in the notification area: recoverable trouble or a heads-up, with optional actions. */
public record Notice(Kind kind, String text, List<Action> actions) {
    public enum Kind { INFO, SUCCESS, WARNING, DANGER }

    /** A button on the notice; running it does not dismiss the notice by itself. */
    public record Action(String label, Runnable run) {
    }

    public Notice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
        actions = List.copyOf(actions);
    }

    public static Notice of(Kind kind, String text) {
        return new Notice(kind, text, List.of());
    }
}
