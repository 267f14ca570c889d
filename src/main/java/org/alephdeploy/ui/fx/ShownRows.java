package org.alephdeploy.ui.fx;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Gives a table its rows only while it can be seen: JavaFX lays out and styles a table in a hidden
 * tab too, which doubled the work of every load. The selection stays the view model's: the row
 * selected before a swap is selected again after it. FX thread only.
 */
public final class ShownRows {
    private boolean swapping;

    private ShownRows() {
    }

    /**
     * Binds {@code table} to {@code rows} while it is showing. The returned supplier is true while
     * the table's items are being swapped, so selection listeners can ignore that change.
     */
    public static <T> BooleanSupplier bind(TableView<T> table, ObservableList<T> rows, Supplier<T> selected) {
        ShownRows state = new ShownRows();
        ReadOnlyBooleanProperty showing = TreeShowing.of(table);
        Runnable apply = () -> {
            if (showing.get() == (table.getItems() == rows)) {
                return;
            }
            T keep = selected.get();
            state.swapping = true;
            try {
                table.setItems(showing.get() ? rows : FXCollections.emptyObservableList());
                table.getSelectionModel().select(keep);
            } finally {
                state.swapping = false;
            }
        };
        showing.addListener((obs, old, now) -> apply.run());
        apply.run();
        return () -> state.swapping;
    }
}
