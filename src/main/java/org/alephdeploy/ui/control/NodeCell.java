package org.alephdeploy.ui.control;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A table cell that shows a node made from its value (badges, copy buttons). */
public final class NodeCell<S, T> extends TableCell<S, T> {
    private final Function<T, Node> render;

    public NodeCell(Function<T, Node> render) {
        this.render = render;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setGraphic(empty || item == null ? null : render.apply(item));
    }
}
