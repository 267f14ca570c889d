package org.alephdeploy.ui.volumes;

import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.BadgeCell;
import org.alephdeploy.ui.control.BadgesCell;
import org.alephdeploy.ui.control.HashCell;
import org.alephdeploy.ui.control.IntentButton;
import org.alephdeploy.ui.control.LazyTooltip;
import org.alephdeploy.ui.control.TextCell;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ShownRows;

/** Code-behind of {@code Volumes.fxml}: the volumes table, search, filter, intents and drops. */
public final class VolumesController {
    private final VolumesViewModel vm;
    private ContextMenu rowMenu;
    /** True while the table's rows are put in or taken out, which is no choice of the user's. */

    @FXML
    private TextField volumeSearchField;
    @FXML
    private ToggleButton inUseToggle;
    @FXML
    private Label volumeCountLabel;
    @FXML
    private TableView<VolumeRow> volumesTable;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> nameColumn;
    @FXML
    private TableColumn<VolumeRow, String> hashColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> typeColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> sizeColumn;
    @FXML
    private TableColumn<VolumeRow, Integer> revisionsColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> usedByColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> ownerColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> updatedColumn;
    @FXML
    private Button updateVolumeButton;
    @FXML
    private Button pinCidButton;
    @FXML
    private Button volumeRollBackButton;
    @FXML
    private Button forgetButton;
    @FXML
    private StackPane updateVolumeSlot;
    @FXML
    private StackPane pinCidSlot;
    @FXML
    private StackPane volumeRollBackSlot;
    @FXML
    private StackPane forgetSlot;

    public VolumesController(VolumesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        volumeSearchField.textProperty().bindBidirectional(vm.searchProperty());
        inUseToggle.selectedProperty().bindBidirectional(vm.onlyInUseProperty());
        inUseToggle.setTooltip(new Tooltip(I18n.get("volumes.main.filterInUseTip")));
        volumeCountLabel.textProperty().bind(vm.shownCount().asString(I18n.get("volumes.main.count")));
        setUpColumns();
        vm.comparatorProperty().bind(volumesTable.comparatorProperty());
        ShownRows.bind(volumesTable, vm.rows(), vm.selectedProperty());
        volumesTable.setRowFactory(table -> row());
        FileDropTarget.install(volumesTable, vm::dropOnEmptySpace);
        IntentButton.bind(updateVolumeButton, updateVolumeSlot, vm.intentState(VolumeIntent.UPDATE));
        IntentButton.bind(pinCidButton, pinCidSlot, vm.intentState(VolumeIntent.PIN_CID));
        IntentButton.bind(volumeRollBackButton, volumeRollBackSlot, vm.intentState(VolumeIntent.ROLL_BACK));
        IntentButton.bind(forgetButton, forgetSlot, vm.intentState(VolumeIntent.FORGET));
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(Comparator.comparing(VolumeRow::displayName, String.CASE_INSENSITIVE_ORDER));
        nameColumn.setCellFactory(col -> new TextCell<>(VolumeRow::displayName, "row-title"));
        hashColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rootHash()));
        hashColumn.setCellFactory(col -> new HashCell<>());
        typeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        typeColumn.setComparator(Comparator.comparing(VolumeRow::itemType));
        typeColumn.setCellFactory(col -> new BadgeCell<>(v -> v.cells().type()));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        sizeColumn.setComparator(Comparator.comparingLong(VolumeRow::sizeBytes));
        sizeColumn.setCellFactory(col -> new TextCell<>(v -> v.cells().size()));
        revisionsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revisions()));
        revisionsColumn.setCellFactory(col -> new TextCell<>(String::valueOf));
        usedByColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        usedByColumn.setComparator(Comparator.comparingInt(VolumeRow::users));
        usedByColumn.setCellFactory(col -> new BadgesCell<>(v -> v.cells().usedBy(), I18n.get("volumes.table.unused")));
        ownerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ownerColumn.setComparator(Comparator.comparing(VolumeRow::owned).thenComparing(VolumeRow::owner));
        ownerColumn.setCellFactory(col -> new OwnerCell());
        updatedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        updatedColumn.setComparator(Comparator.comparing(VolumeRow::updated, Comparator.nullsFirst(Comparator.naturalOrder())));
        updatedColumn.setCellFactory(col -> new TextCell<>(v -> v.cells().updated()));
    }

    /** "You" (muted) for the account's own volumes, else the owner's short address (monospace); the full one on hover. */
    private static final class OwnerCell extends TableCell<VolumeRow, VolumeRow> {
        private Boolean owned;

        @Override
        protected void updateItem(VolumeRow v, boolean empty) {
            super.updateItem(v, empty);
            boolean none = empty || v == null;
            setText(none ? null : v.cells().owner());
            LazyTooltip.of(this).setText(none ? null : v.owner());
            if (!none && !Boolean.valueOf(v.owned()).equals(owned)) {
                owned = v.owned();
                getStyleClass().removeAll("text-muted", "mono");
                getStyleClass().add(owned ? "text-muted" : "mono");
            }
        }
    }

    private TableRow<VolumeRow> row() {
        TableRow<VolumeRow> row = new TableRow<>();
        FileDropTarget.install(row, files -> {
            if (row.isEmpty()) {
                vm.dropOnEmptySpace(files);
            } else {
                vm.dropOnRow(row.getItem(), files);
            }
        });
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(rowMenu()));
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
        for (VolumeIntent intent : VolumeIntent.values()) {
            MenuItem item = new MenuItem(intent.label());
            item.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !vm.intentState(intent).get().enabled(), vm.intentState(intent)));
            item.setOnAction(e -> vm.start(intent));
            if (intent == VolumeIntent.FORGET) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
        }
        return menu;
    }

    public void focusSearch() {
        volumeSearchField.requestFocus();
        volumeSearchField.selectAll();
    }

    @FXML
    private void onUpdate() {
        vm.start(VolumeIntent.UPDATE);
    }

    @FXML
    private void onPinCid() {
        vm.start(VolumeIntent.PIN_CID);
    }

    @FXML
    private void onRollBack() {
        vm.start(VolumeIntent.ROLL_BACK);
    }

    @FXML
    private void onForget() {
        vm.start(VolumeIntent.FORGET);
    }
}
