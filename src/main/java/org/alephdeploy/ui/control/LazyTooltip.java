package org.alephdeploy.ui.control;

import javafx.beans.property.ObjectProperty;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip that is only built when the pointer first enters its control. A {@link Tooltip} is a
 * popup window with its own scene; building one per table cell on every load is what kept the
 * FX thread busy, while only the cell under the pointer ever shows one.
 */
public final class LazyTooltip {
    private static final String KEY = LazyTooltip.class.getName();

    private final Control control;
    private final double maxWidth;
    private String text;

    private LazyTooltip(Control control, double maxWidth) {
        this.control = control;
        this.maxWidth = maxWidth;
        EventHandler<MouseEvent> build = e -> materialise();
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, build);
    }

    /** The lazy tooltip of {@code control}, installed on first use. */
    public static LazyTooltip of(Control control) {
        return of(control, 0);
    }

    /** As {@link #of(Control)}, wrapping text at {@code maxWidth} pixels when that is positive. */
    public static LazyTooltip of(Control control, double maxWidth) {
        Object existing = control.getProperties().get(KEY);
        if (existing instanceof LazyTooltip tip) {
            return tip;
        }
        LazyTooltip tip = new LazyTooltip(control, maxWidth);
        control.getProperties().put(KEY, tip);
        return tip;
    }

    /** Sets the text shown on hover; null or empty shows none. */
    public void setText(String value) {
        text = value == null || value.isEmpty() ? null : value;
        Tooltip built = control.getTooltip();
        if (built != null) {
            if (text == null) {
                control.setTooltip(null);
            } else {
                built.setText(text);
            }
        }
    }

    public String getText() {
        return text;
    }

    /** Builds the tooltip now (the pointer entered, or a caller needs the real one). */
    public Tooltip materialise() {
        ObjectProperty<Tooltip> property = control.tooltipProperty();
        if (text == null) {
            return null;
        }
        Tooltip built = property.get();
        if (built == null) {
            built = new Tooltip(text);
            if (maxWidth > 0) {
                built.setWrapText(true);
                built.setMaxWidth(maxWidth);
            }
            property.set(built);
        } else if (!text.equals(built.getText())) {
            built.setText(text);
        }
        return built;
    }
}
