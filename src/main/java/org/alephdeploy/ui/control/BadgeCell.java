package org.alephdeploy.ui.control;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A table cell showing one badge, kept by the cell and updated in place from item to item. */
public final class BadgeCell<S, T> extends TableCell<S, T> {
    private final Function<T, BadgeSpec> spec;
    private final Badge badge = new Badge();

    public BadgeCell(Function<T, BadgeSpec> spec) {
        this.spec = spec;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        spec.apply(item).applyTo(badge);
        if (getGraphic() != badge) {
            setGraphic(badge);
        }
    }
}
