package org.alephdeploy.ui.programs;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.BadgeCell;
import org.alephdeploy.ui.control.BadgesCell;
import org.alephdeploy.ui.control.HashCell;
import org.alephdeploy.ui.control.IntentButton;
import org.alephdeploy.ui.control.TextCell;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ShownRows;

/** Code-behind of {@code Programs.fxml}: the programs table, its search, filter and intents. */
public final class ProgramsController {
    private final ProgramsViewModel vm;
    private ContextMenu rowMenu;
    /** True while the table's rows are put in or taken out, which is no choice of the user's. */

    @FXML
    private TextField searchField;
    @FXML
    private ToggleButton lockedPinnedToggle;
    @FXML
    private Label countLabel;
    @FXML
    private TableView<ProgramRow> programsTable;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> nameColumn;
    @FXML
    private TableColumn<ProgramRow, String> hashColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> statusColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> configColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> pinsColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> resourcesColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> updatedColumn;
    @FXML
    private TableColumn<ProgramRow, String> urlColumn;
    @FXML
    private Button updateCodeButton;
    @FXML
    private Button changeSettingsButton;
    @FXML
    private Button rollBackButton;
    @FXML
    private Button recreateButton;
    @FXML
    private Button deleteButton;
    @FXML
    private StackPane updateCodeSlot;
    @FXML
    private StackPane changeSettingsSlot;
    @FXML
    private StackPane rollBackSlot;
    @FXML
    private StackPane recreateSlot;
    @FXML
    private StackPane deleteSlot;

    public ProgramsController(ProgramsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.searchProperty());
        lockedPinnedToggle.selectedProperty().bindBidirectional(vm.onlyLockedOrPinnedProperty());
        lockedPinnedToggle.setTooltip(new Tooltip(I18n.get("programs.main.filterLockedPinnedTip")));
        countLabel.textProperty().bind(vm.shownCount().asString(I18n.get("programs.main.count")));
        setUpColumns();
        vm.comparatorProperty().bind(programsTable.comparatorProperty());
        ShownRows.bind(programsTable, vm.rows(), vm.selectedProperty());
        programsTable.setRowFactory(table -> row());
        IntentButton.bind(updateCodeButton, updateCodeSlot, vm.intentState(ProgramIntent.UPDATE_CODE));
        IntentButton.bind(changeSettingsButton, changeSettingsSlot, vm.intentState(ProgramIntent.CHANGE_SETTINGS));
        IntentButton.bind(rollBackButton, rollBackSlot, vm.intentState(ProgramIntent.ROLL_BACK));
        IntentButton.bind(recreateButton, recreateSlot, vm.intentState(ProgramIntent.RECREATE));
        IntentButton.bind(deleteButton, deleteSlot, vm.intentState(ProgramIntent.DELETE));
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(Comparator.comparing(ProgramRow::displayName, String.CASE_INSENSITIVE_ORDER));
        nameColumn.setCellFactory(col -> new TextCell<>(ProgramRow::displayName, "row-title"));
        hashColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().itemHash()));
        hashColumn.setCellFactory(col -> new HashCell<>());
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setComparator(Comparator.comparing(ProgramRow::status).thenComparing(ProgramRow::wontStart));
        statusColumn.setCellFactory(col -> new BadgesCell<>(ProgramRow::statusBadges));
        configColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        configColumn.setComparator(Comparator.comparing(ProgramRow::locked));
        configColumn.setCellFactory(col -> new BadgeCell<>(p -> p.cells().config()));
        pinsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pinsColumn.setSortable(false);
        pinsColumn.setCellFactory(col -> new BadgesCell<>(p -> p.cells().pins()));
        resourcesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        resourcesColumn.setComparator(Comparator.comparingInt(ProgramRow::vcpus).thenComparingInt(ProgramRow::memoryMiB));
        resourcesColumn.setCellFactory(col -> new TextCell<>(p -> p.cells().resources()));
        updatedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        updatedColumn.setComparator(Comparator.comparing(ProgramRow::updated, Comparator.nullsFirst(Comparator.naturalOrder())));
        updatedColumn.setCellFactory(col -> new TextCell<>(p -> p.cells().updated()));
        urlColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().url()));
        urlColumn.setCellFactory(col -> new TextCell<ProgramRow, String>(url -> url, "mono", "url-label").withTip(url -> url));
    }

    private TableRow<ProgramRow> row() {
        TableRow<ProgramRow> row = new TableRow<>();
        FileDropTarget.install(row, files -> {
            if (!row.isEmpty()) {
                vm.dropOnRow(row.getItem(), files);
            }
        });
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(rowMenu()));
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                vm.start(ProgramIntent.UPDATE_CODE);
            }
        });
        return row;
    }

    /** One menu for all rows: it acts on the selection, which a right click has just moved to its row. */
    private ContextMenu rowMenu() {
        if (rowMenu == null) {
            rowMenu = contextMenu();
        }
        return rowMenu;
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (ProgramIntent intent : ProgramIntent.values()) {
            MenuItem item = new MenuItem(intent.label());
            item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !vm.intentState(intent).get().enabled(), vm.intentState(intent)));
            item.setOnAction(e -> vm.start(intent));
            if (intent == ProgramIntent.DELETE) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
        }
        return menu;
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    TableView<ProgramRow> table() {
        return programsTable;
    }

    @FXML
    private void onUpdateCode() {
        vm.start(ProgramIntent.UPDATE_CODE);
    }

    @FXML
    private void onChangeSettings() {
        vm.start(ProgramIntent.CHANGE_SETTINGS);
    }

    @FXML
    private void onRollBack() {
        vm.start(ProgramIntent.ROLL_BACK);
    }

    @FXML
    private void onRecreate() {
        vm.start(ProgramIntent.RECREATE);
    }

    @FXML
    private void onDelete() {
        vm.start(ProgramIntent.DELETE);
    }
}
