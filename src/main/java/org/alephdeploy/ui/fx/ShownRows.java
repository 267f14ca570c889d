package org.alephdeploy.ui.fx;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * Gives a table its rows only while it can be seen: JavaFX lays out and styles a table in a hidden
 * tab too, which doubled the work of every load. The selection is the view model's, kept in step
 * with the table's both ways and across the swaps, and so is the table's sort order. FX thread only.
 */
public final class ShownRows {
    private boolean swapping;

    private ShownRows() {
    }

    /** Binds {@code table} to {@code rows} while it is showing, and its selection to {@code selected}. */
    public static <T> void bind(TableView<T> table, ObservableList<T> rows, ObjectProperty<T> selected) {
        ShownRows state = new ShownRows();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!state.swapping) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        ReadOnlyBooleanProperty showing = TreeShowing.of(table);
        // what the table holds while hidden: a SortedList, as its rows are; TableView clears its sort order
        // when it cannot sort its list (an immutable empty list)
        ObservableList<T> none = new SortedList<>(FXCollections.emptyObservableList());
        Runnable apply = () -> {
            if (showing.get() == (table.getItems() == rows)) {
                return;
            }
            T keep = selected.get();
            state.swapping = true;
            try {
                table.setItems(showing.get() ? rows : none);
                table.getSelectionModel().select(keep);
            } finally {
                state.swapping = false;
            }
        };
        showing.addListener((obs, old, now) -> apply.run());
        apply.run();
    }
}
