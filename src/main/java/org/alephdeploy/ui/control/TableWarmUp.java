package org.alephdeploy.ui.control;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.alephdeploy.ui.fx.FirstPulse;

/**
 * Runs a table's row and cell code before its data comes. Each row a table builds costs: JavaFX's
 * row and cell skins are made, meet the stylesheets and are laid out; the first row in a JVM
 * several times more (that code runs for the first time). While a big inventory arrived these
 * were the FX thread's longest pulses. Here, after the first frame and one step per pulse, the
 * table is given one more copy of a sample row, styled and laid out, then given back its items,
 * all in one event: no pulse runs in between, so no frame shows a sample, and the selection and
 * focus are as they were. The rows keep the cells they built ({@link RowWithCellsOnDemand}), so
 * when the data comes a screenful of rows only has to show it. Steps stop when the samples no
 * longer fit the table's height, or when rows have come. FX thread only.
 */
public final class TableWarmUp<R> {
    /** More rows than a maximised window shows. */
    static final int MAX_ROWS = 40;

    private final TableView<R> table;
    private final R sample;
    private int rows;

    private TableWarmUp(TableView<R> table, R sample) {
        this.table = table;
        this.sample = sample;
    }

    private void step() {
        rows++;
        int shown = now(table, sample, rows);
        if (shown == rows && rows < MAX_ROWS && table.getScene() != null) {
            FirstPulse.then(table.getScene(), this::step);
        }
    }

    /**
     * Warms {@code table} up with copies of a row {@code sample} makes, one more per pulse, after
     * the first pulse that lays out the table's scene (the window's first frame goes out first).
     * The row and cell classes are loaded on another thread first ({@link WarmUpClasses}), the
     * sample is made in an event of its own and the first row built at the next pulse: together,
     * these were the longest pulse before the data. Stops as soon as rows have come.
     */
    public static <T> void afterFirstFrame(TableView<T> table, Supplier<T> sample) {
        if (table.getScene() != null) {
            FirstPulse.then(table.getScene(), () -> WarmUpClasses.thenOnFx(() -> {
                if (table.getScene() != null && table.getItems() != null && table.getItems().isEmpty()) {
                    TableWarmUp<T> warmUp = new TableWarmUp<>(table, sample.get());
                    // the next pulse lays out what other work waiting for the classes built (the details
                    // pane): the first row comes after the pulse after it
                    afterPulses(table.getScene(), 2, warmUp::step);
                }
            }));
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    table.sceneProperty().removeListener(this);
                    afterFirstFrame(table, sample);
                }
            }
        };
        table.sceneProperty().addListener(once);
    }

    private static void afterPulses(Scene scene, int pulses, Runnable then) {
        FirstPulse.then(scene, pulses == 1 ? then : () -> afterPulses(scene, pulses - 1, then));
        Platform.requestNextPulse();
    }

    /**
     * Builds, styles and lays out the rows of {@code table} showing {@code count} copies of
     * {@code sample}, then gives the table back its items. Only while the table has no rows and is
     * in a scene: the other cases would gain nothing or move what the user sees.
     *
     * @return how many rows showed a sample (fewer than {@code count} once they fill the table's
     *         height), or -1 when nothing was built
     */
    public static <T> int now(TableView<T> table, T sample, int count) {
        ObservableList<T> items = table.getItems();
        if (table.getScene() == null || items == null || !items.isEmpty()) {
            return -1;
        }
        int focused = table.getFocusModel().getFocusedIndex();
        List<Integer> selected = List.copyOf(table.getSelectionModel().getSelectedIndices());
        // a SortedList, as the tables' own rows are: any other list makes TableView forget its sort order
        table.setItems(new SortedList<>(FXCollections.observableArrayList(Collections.nCopies(count, sample))));
        int shown;
        try {
            table.applyCss();
            table.layout();
            shown = (int) table.lookupAll(".table-row-cell").stream()
                    .filter(node -> node.isVisible() && !((TableRow<?>) node).isEmpty()).count();
        } finally {
            table.setItems(items);
            // lays the rows out empty now, so that nothing holds a sample until the next pulse
            table.layout();
            table.getFocusModel().focus(focused);
            if (!selected.equals(table.getSelectionModel().getSelectedIndices())) {
                table.getSelectionModel().clearSelection();
                selected.forEach(table.getSelectionModel()::select);
            }
        }
        return shown;
    }
}
