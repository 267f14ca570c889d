package org.alephdeploy.ui.control;

import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.skin.TableRowSkin;

/**
 * A table row that builds its cells when it first shows an item. A table fills the rest of its
 * viewport with empty rows, and each would otherwise get a cell per column, styled and laid out:
 * the first few rows of a big load then built a whole screenful of cells in one pulse, however
 * few rows had arrived. Until it has an item the row is only its own background (the stripes and
 * borders of app.css's rows); once built it keeps its cells.
 */
public class RowWithCellsOnDemand<T> extends TableRow<T> {
    @Override
    protected Skin<?> createDefaultSkin() {
        return isEmpty() ? new Empty(this) : new TableRowSkin<>(this);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (!empty && getSkin() instanceof Empty) {
            setSkin(new TableRowSkin<>(this));
        }
    }

    /** The skin of a row that never had an item: no children. */
    private static final class Empty extends SkinBase<TableRow<?>> {
        Empty(TableRow<?> row) {
            super(row);
        }
    }
}
