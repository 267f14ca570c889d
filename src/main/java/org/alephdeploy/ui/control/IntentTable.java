package org.alephdeploy.ui.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ShownRows;

/**
 * A table of items with a search field, one filter toggle, a count and a button per intent, as
 * the programs and volumes screens have: it wires the controls of the view to an
 * {@link IntentTableModel}. The buttons and the rows' context menu start the intents on the
 * selection; files dropped on a row go to the model. Describe, then {@link #install()} once.
 * FX thread only.
 *
 * @param <R> a row
 * @param <I> the intents
 */
public final class IntentTable<R, I extends Enum<I>> {
    private final IntentTableModel<R, I> vm;
    private final Class<I> intents;
    private final TableView<R> table;
    private TextField search;
    private ToggleButton filter;
    private String filterTipKey;
    private Label count;
    private String countKey;
    private I separatorBefore;
    private Consumer<R> doubleClick;
    private Consumer<List<Path>> dropOnEmptySpace;
    private ContextMenu rowMenu;
    private Supplier<R> warmUpSample;

    public IntentTable(IntentTableModel<R, I> vm, Class<I> intents, TableView<R> table) {
        this.vm = Objects.requireNonNull(vm);
        this.intents = Objects.requireNonNull(intents);
        this.table = Objects.requireNonNull(table);
    }

    /** The search field and the count label, whose text is the format {@code countKey} names. */
    public IntentTable<R, I> search(TextField field, Label countLabel, String countKeyValue) {
        this.search = field;
        this.count = countLabel;
        this.countKey = countKeyValue;
        return this;
    }

    /** The filter toggle and the message key of its tooltip. */
    public IntentTable<R, I> filter(ToggleButton toggle, String tipKey) {
        this.filter = toggle;
        this.filterTipKey = tipKey;
        return this;
    }

    /** The button of {@code intent}, inside {@code wrapper}, which shows the reason while it is disabled. */
    public IntentTable<R, I> button(I intent, Button button, Region wrapper) {
        IntentButton.bind(button, wrapper, vm.intentState(intent));
        button.setOnAction(e -> vm.start(intent));
        return this;
    }

    /** The destructive intent, set apart in the rows' menu by a separator. */
    public IntentTable<R, I> separatorBefore(I intent) {
        this.separatorBefore = intent;
        return this;
    }

    /** What a double click on a row does (the row is selected by then). */
    public IntentTable<R, I> onDoubleClick(Consumer<R> action) {
        this.doubleClick = action;
        return this;
    }

    /** Where files dropped on the table outside any row go. */
    public IntentTable<R, I> dropOnEmptySpace(Consumer<List<Path>> drop) {
        this.dropOnEmptySpace = drop;
        return this;
    }

    /** A row to build the table's cells with once after the first frame, before the data comes ({@link TableWarmUp}). */
    public IntentTable<R, I> warmUpWith(Supplier<R> sample) {
        this.warmUpSample = sample;
        return this;
    }

    public void install() {
        search.textProperty().bindBidirectional(vm.searchProperty());
        count.textProperty().bind(vm.shownCount().asString(I18n.get(countKey)));
        filter.selectedProperty().bindBidirectional(vm.filterProperty());
        filter.setTooltip(new Tooltip(I18n.get(filterTipKey)));
        vm.comparatorProperty().bind(table.comparatorProperty());
        ShownRows.bind(table, vm.rows(), vm.selectedProperty());
        table.setRowFactory(t -> row());
        Optional.ofNullable(dropOnEmptySpace).ifPresent(drop -> FileDropTarget.install(table, drop));
        Optional.ofNullable(warmUpSample).ifPresent(sample -> TableWarmUp.afterFirstFrame(table, sample));
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private TableRow<R> row() {
        TableRow<R> row = new RowWithCellsOnDemand<>();
        FileDropTarget.install(row, files -> {
            if (!row.isEmpty()) {
                vm.dropOnRow(row.getItem(), files);
            } else if (dropOnEmptySpace != null) {
                dropOnEmptySpace.accept(files);
            }
        });
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(rowMenu()));
        if (doubleClick != null) {
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    doubleClick.accept(row.getItem());
                }
            });
        }
        return row;
    }

    /** One menu for all rows: it acts on the selection, which a right click has just moved to its row. */
    private ContextMenu rowMenu() {
        if (rowMenu == null) {
            rowMenu = new ContextMenu();
            for (I intent : intents.getEnumConstants()) {
                MenuItem item = new MenuItem(vm.label(intent));
                item.disableProperty().bind(Bindings.createBooleanBinding(
                        () -> !vm.intentState(intent).get().enabled(), vm.intentState(intent)));
                item.setOnAction(e -> vm.start(intent));
                if (intent == separatorBefore) {
                    rowMenu.getItems().add(new SeparatorMenuItem());
                }
                rowMenu.getItems().add(item);
            }
        }
        return rowMenu;
    }
}
