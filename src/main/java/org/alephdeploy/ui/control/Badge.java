package org.alephdeploy.ui.control;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A small rounded label for a state: locked or updatable (config axis), follows latest or
 * pinned (each reference), or a status. Looks come from the {@code badge-*} classes in app.css.
 */
public final class Badge extends Label {
    public enum Variant {
        LOCKED("badge-locked", Feather.LOCK),
        UPDATABLE("badge-updatable", Feather.UNLOCK),
        FOLLOWS("badge-follows", Feather.REFRESH_CW),
        PINNED("badge-pinned", Feather.MAP_PIN),
        SUCCESS("badge-success", Feather.CHECK_CIRCLE),
        PENDING("badge-pending", Feather.CLOCK),
        DANGER("badge-danger", Feather.X_CIRCLE),
        MUTED("badge-muted", Feather.SLASH),
        NEUTRAL("badge-neutral", null);

        private final String styleClass;
        private final Ikon icon;

        Variant(String styleClass, Ikon icon) {
            this.styleClass = styleClass;
            this.icon = icon;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private Variant variant;

    public Badge() {
        this(Variant.NEUTRAL, "");
    }

    public Badge(Variant variant, String text) {
        super(text);
        getStyleClass().add("badge");
        setMinWidth(USE_PREF_SIZE);
        setVariant(variant);
    }

    public Variant getVariant() {
        return variant;
    }

    public void setVariant(Variant value) {
        if (variant != null) {
            getStyleClass().remove(variant.styleClass);
        }
        variant = value;
        getStyleClass().add(value.styleClass);
        if (value.icon != null) {
            FontIcon icon = new FontIcon(value.icon);
            icon.getStyleClass().add("badge-icon");
            setGraphic(icon);
        } else {
            setGraphic(null);
        }
    }

    /** A badge that explains itself on hover. */
    public static Badge of(Variant variant, String text, String tooltip) {
        Badge badge = new Badge(variant, text);
        if (tooltip != null && !tooltip.isEmpty()) {
            badge.setTooltip(new Tooltip(tooltip));
        }
        return badge;
    }
}
