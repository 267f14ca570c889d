package org.alephdeploy.ui.control;

import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseEvent;

/**
 * A table cell showing a row of badges worked out beforehand, drawn by one kept
 * {@link BadgeStrip}. With no badges it shows a muted word instead, when one is given
 * ({@code .badges-cell:none} in app.css). Hovering a badge shows its explanation.
 */
public final class BadgesCell<S, T> extends TableCell<S, T> {
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");

    private final Function<T, List<BadgeSpec>> badges;
    private final String emptyText;
    private final BadgeStrip strip = new BadgeStrip();
    private boolean none;

    public BadgesCell(Function<T, List<BadgeSpec>> badges, String emptyText) {
        this.badges = badges;
        this.emptyText = emptyText;
        getStyleClass().add("badges-cell");
        strip.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            LazyTooltip tip = LazyTooltip.of(this);
            tip.setText(strip.tipAt(e.getX()));
            tip.materialise();
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> LazyTooltip.of(this).setText(null));
    }

    public BadgesCell(Function<T, List<BadgeSpec>> badges) {
        this(badges, null);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        List<BadgeSpec> specs = empty || item == null ? List.of() : badges.apply(item);
        boolean noneNow = !empty && item != null && specs.isEmpty() && emptyText != null;
        if (noneNow != none) {
            none = noneNow;
            pseudoClassStateChanged(NONE, none);
        }
        if (noneNow) {
            setGraphic(null);
            setText(emptyText);
            return;
        }
        setText(null);
        if (specs.isEmpty()) {
            setGraphic(null);
            return;
        }
        strip.setBadges(specs);
        if (getGraphic() != strip) {
            setGraphic(strip);
        }
    }
}
