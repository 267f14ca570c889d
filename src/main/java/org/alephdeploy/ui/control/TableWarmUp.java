package org.alephdeploy.ui.control;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.alephdeploy.ui.fx.FirstPulse;

/**
 * Runs a table's row and cell code once before its data comes. The first row a table builds in a
 * JVM costs several times what later rows cost (JavaFX's row and cell skins load and run for the
 * first time, meet the stylesheets for the first time, and are laid out for the first time), and
 * it was the FX thread's longest pulse while a big inventory arrived. Here one sample row is put
 * in the table, styled and laid out, then taken out again, all in one event: no pulse runs in
 * between, so no frame shows it, and the selection and focus are as they were. The row keeps the
 * cells it built ({@link RowWithCellsOnDemand}) for the first real row. FX thread only.
 */
public final class TableWarmUp {
    private TableWarmUp() {
    }

    /**
     * Warms {@code table} up with a row {@code sample} makes, in an event of its own after the first pulse that
     * lays out the table's scene (the window's first frame goes out first). Does nothing if rows
     * have come by then.
     */
    public static <R> void afterFirstFrame(TableView<R> table, Supplier<R> sample) {
        if (table.getScene() != null) {
            FirstPulse.then(table.getScene(), () -> now(table, sample.get()));
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    table.sceneProperty().removeListener(this);
                    FirstPulse.then(scene, () -> now(table, sample.get()));
                }
            }
        };
        table.sceneProperty().addListener(once);
    }

    /**
     * Builds, styles and lays out one row of {@code table} showing {@code sample}, then gives the
     * table back its items. Only while the table has no rows and is in a scene, the other cases
     * would gain nothing or move what the user sees.
     *
     * @return whether the row was built
     */
    public static <R> boolean now(TableView<R> table, R sample) {
        ObservableList<R> items = table.getItems();
        if (table.getScene() == null || items == null || !items.isEmpty()) {
            return false;
        }
        int focused = table.getFocusModel().getFocusedIndex();
        List<Integer> selected = List.copyOf(table.getSelectionModel().getSelectedIndices());
        // a SortedList, as the tables' own rows are: any other list makes TableView forget its sort order
        table.setItems(new SortedList<>(FXCollections.observableArrayList(sample)));
        try {
            table.applyCss();
            table.layout();
        } finally {
            table.setItems(items);
            // lays the row out empty now, so that nothing holds the sample until the next pulse
            table.layout();
            table.getFocusModel().focus(focused);
            if (!selected.equals(table.getSelectionModel().getSelectedIndices())) {
                table.getSelectionModel().clearSelection();
                selected.forEach(table.getSelectionModel()::select);
            }
        }
        return true;
    }
}
