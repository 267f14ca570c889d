package org.alephdeploy.ui.volumes;

import java.time.Instant;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.control.IntentButton;
import org.alephdeploy.ui.control.NodeCell;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.model.Times;

/** Code-behind of {@code Volumes.fxml}: the volumes table, search, filter, intents and drops. */
public final class VolumesController {
    private final VolumesViewModel vm;

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
    private TableColumn<VolumeRow, String> typeColumn;
    @FXML
    private TableColumn<VolumeRow, Long> sizeColumn;
    @FXML
    private TableColumn<VolumeRow, Integer> revisionsColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> usedByColumn;
    @FXML
    private TableColumn<VolumeRow, VolumeRow> ownerColumn;
    @FXML
    private TableColumn<VolumeRow, Instant> updatedColumn;
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
        volumesTable.setItems(vm.rows());
        vm.comparatorProperty().bind(volumesTable.comparatorProperty());
        volumesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (volumesTable.getSelectionModel().getSelectedItem() != now) {
                volumesTable.getSelectionModel().select(now);
            }
        });
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
        nameColumn.setCellFactory(col -> new NodeCell<>(v -> {
            Label name = new Label(v.displayName());
            name.getStyleClass().add("row-title");
            return name;
        }));
        hashColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rootHash()));
        hashColumn.setCellFactory(col -> new NodeCell<>(CopyableHash::new));
        typeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().itemType()));
        typeColumn.setCellFactory(col -> new NodeCell<>(t -> new Badge(Badge.Variant.NEUTRAL, t)));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        sizeColumn.setCellFactory(col -> new NodeCell<>(size -> new Label(Sizes.bytes(size))));
        revisionsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revisions()));
        revisionsColumn.setCellFactory(col -> new NodeCell<>(n -> new Label(String.valueOf(n))));
        usedByColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        usedByColumn.setComparator(Comparator.comparingInt(VolumeRow::users));
        usedByColumn.setCellFactory(col -> new NodeCell<>(VolumesController::usedBy));
        ownerColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ownerColumn.setComparator(Comparator.comparing(VolumeRow::owned).thenComparing(VolumeRow::owner));
        ownerColumn.setCellFactory(col -> new NodeCell<>(v -> {
            Label owner = new Label(v.owned() ? I18n.get("volumes.table.ownerYou") : ShortHash.address(v.owner()));
            owner.getStyleClass().add(v.owned() ? "text-muted" : "mono");
            owner.setTooltip(new Tooltip(v.owner()));
            return owner;
        }));
        updatedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updated()));
        updatedColumn.setCellFactory(col -> new NodeCell<>(t -> new Label(Times.shortTime(t))));
    }

    static Node usedBy(VolumeRow v) {
        HBox box = new HBox(4);
        box.getStyleClass().add("pin-badges");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (v.users() == 0) {
            Label none = new Label(I18n.get("volumes.table.unused"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
            return box;
        }
        if (v.followers() > 0) {
            box.getChildren().add(Badge.of(Badge.Variant.FOLLOWS, I18n.format("volumes.badge.follow", v.followers()),
                    I18n.format("volumes.badge.followTip", v.followers())));
        }
        if (v.pinnedBy() > 0) {
            box.getChildren().add(Badge.of(Badge.Variant.PINNED, I18n.format("volumes.badge.pinned", v.pinnedBy()),
                    I18n.format("volumes.badge.pinnedTip", v.pinnedBy())));
        }
        return box;
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
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(contextMenu()));
        return row;
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
