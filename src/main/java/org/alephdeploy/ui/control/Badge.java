package org.alephdeploy.ui.control;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A small rounded label for a state: locked or updatable (config axis), follows latest or
 * pinned (each reference), or a status. Looks come from the {@code .badge:badge-*} pseudo-classes
 * in app.css: a cell that turns a badge from one variant to another flips two pseudo-class states,
 * where changing a style class would make JavaFX match the badge against every stylesheet again.
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
        UNVERIFIED("badge-unverified", Feather.SHIELD_OFF),
        CAUTION("badge-caution", Feather.ALERT_TRIANGLE),
        MUTED("badge-muted", Feather.SLASH),
        NEUTRAL("badge-neutral", null);

        private final PseudoClass state;
        private final Ikon icon;

        Variant(String state, Ikon icon) {
            this.state = PseudoClass.getPseudoClass(state);
            this.icon = icon;
        }

        /** The pseudo-class a badge of this variant has ({@code :badge-locked}, …). */
        public PseudoClass pseudoClass() {
            return state;
        }

        /** Its icon, or null for none. */
        Ikon icon() {
            return icon;
        }
    }

    private Variant variant;
    private FontIcon icon;

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

    /** Changes the look; cells call this on every update, so nothing is rebuilt when it stays the same. */
    public void setVariant(Variant value) {
        if (value == variant) {
            return;
        }
        if (variant != null) {
            pseudoClassStateChanged(variant.state, false);
        }
        variant = value;
        pseudoClassStateChanged(value.state, true);
        if (value.icon == null) {
            setGraphic(null);
            return;
        }
        if (icon == null) {
            icon = new FontIcon(value.icon);
            icon.getStyleClass().add("badge-icon");
        } else {
            icon.setIconCode(value.icon);
        }
        setGraphic(icon);
    }

    /** The explanation shown on hover (built when the pointer first enters); null for none. */
    public void setTip(String text) {
        LazyTooltip.of(this).setText(text);
    }

    public String getTip() {
        return LazyTooltip.of(this).getText();
    }

    /** A badge that explains itself on hover. */
    public static Badge of(Variant variant, String text, String tooltip) {
        Badge badge = new Badge(variant, text);
        badge.setTip(tooltip);
        return badge;
    }
}
