package org.alephdeploy.ui.control;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A table cell with a short hash and its copy button, one {@link CopyableHash} per cell, reused. */
public final class HashCell<S> extends TableCell<S, String> {
    private final CopyableHash hash = new CopyableHash();

    public HashCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        hash.setHash(item);
        if (getGraphic() != hash) {
            setGraphic(hash);
        }
    }
}
