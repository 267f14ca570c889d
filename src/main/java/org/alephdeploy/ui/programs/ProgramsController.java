package org.alephdeploy.ui.programs;

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
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.control.IntentButton;
import org.alephdeploy.ui.control.NodeCell;
import org.alephdeploy.ui.control.StatusBadge;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.model.Sizes;
import org.alephdeploy.ui.model.Times;

/** Code-behind of {@code Programs.fxml}: the programs table, its search, filter and intents. */
public final class ProgramsController {
    private final ProgramsViewModel vm;

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
    private TableColumn<ProgramRow, ItemStatus> statusColumn;
    @FXML
    private TableColumn<ProgramRow, Boolean> configColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> pinsColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> resourcesColumn;
    @FXML
    private TableColumn<ProgramRow, java.time.Instant> updatedColumn;
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
        programsTable.setItems(vm.rows());
        vm.comparatorProperty().bind(programsTable.comparatorProperty());
        programsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (programsTable.getSelectionModel().getSelectedItem() != now) {
                programsTable.getSelectionModel().select(now);
            }
        });
        programsTable.setRowFactory(table -> row());
        IntentButton.bind(updateCodeButton, updateCodeSlot, vm.intentState(ProgramIntent.UPDATE_CODE));
        IntentButton.bind(changeSettingsButton, changeSettingsSlot, vm.intentState(ProgramIntent.CHANGE_SETTINGS));
        IntentButton.bind(rollBackButton, rollBackSlot, vm.intentState(ProgramIntent.ROLL_BACK));
        IntentButton.bind(recreateButton, recreateSlot, vm.intentState(ProgramIntent.RECREATE));
        IntentButton.bind(deleteButton, deleteSlot, vm.intentState(ProgramIntent.DELETE));
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(java.util.Comparator.comparing(ProgramRow::displayName, String.CASE_INSENSITIVE_ORDER));
        nameColumn.setCellFactory(col -> new NodeCell<>(p -> {
            Label name = new Label(p.displayName());
            name.getStyleClass().add("row-title");
            return name;
        }));
        hashColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().itemHash()));
        hashColumn.setCellFactory(col -> new NodeCell<>(CopyableHash::new));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> new NodeCell<>(StatusBadge::of));
        configColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().locked()));
        configColumn.setCellFactory(col -> new NodeCell<>(ProgramsController::configBadge));
        pinsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pinsColumn.setSortable(false);
        pinsColumn.setCellFactory(col -> new NodeCell<>(ProgramsController::pinBadges));
        resourcesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        resourcesColumn.setComparator(java.util.Comparator.comparingInt(ProgramRow::vcpus).thenComparingInt(ProgramRow::memoryMiB));
        resourcesColumn.setCellFactory(col -> new NodeCell<>(p -> new Label(
                I18n.format("programs.table.resourcesValue", p.vcpus(), Sizes.mebibytes(p.memoryMiB())))));
        updatedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updated()));
        updatedColumn.setCellFactory(col -> new NodeCell<>(t -> new Label(Times.shortTime(t))));
        urlColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().url()));
        urlColumn.setCellFactory(col -> new NodeCell<>(url -> {
            Label link = new Label(url);
            link.getStyleClass().addAll("mono", "url-label");
            link.setTooltip(new Tooltip(url));
            return link;
        }));
    }

    static Badge configBadge(Boolean locked) {
        return locked
                ? Badge.of(Badge.Variant.LOCKED, I18n.get("programs.badge.locked"), I18n.get("programs.badge.lockedTip"))
                : Badge.of(Badge.Variant.UPDATABLE, I18n.get("programs.badge.updatable"), I18n.get("programs.badge.updatableTip"));
    }

    static Node pinBadges(ProgramRow p) {
        HBox box = new HBox(4, pin(I18n.get("programs.badge.code"), p.code()), pin(I18n.get("programs.badge.runtime"), p.runtime()));
        box.getStyleClass().add("pin-badges");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (p.followingVolumes() > 0) {
            box.getChildren().add(Badge.of(Badge.Variant.FOLLOWS, I18n.format("programs.badge.volumes", p.followingVolumes()),
                    I18n.format("programs.badge.volumesFollowTip", p.followingVolumes())));
        }
        if (p.pinnedVolumes() > 0) {
            box.getChildren().add(Badge.of(Badge.Variant.PINNED, I18n.format("programs.badge.volumes", p.pinnedVolumes()),
                    I18n.format("programs.badge.volumesPinnedTip", p.pinnedVolumes())));
        }
        return box;
    }

    private static Badge pin(String what, RefPin ref) {
        return ref.followsLatest()
                ? Badge.of(Badge.Variant.FOLLOWS, what, I18n.format("programs.badge.followsTip", what))
                : Badge.of(Badge.Variant.PINNED, what, I18n.format("programs.badge.pinnedTip", what));
    }

    private TableRow<ProgramRow> row() {
        TableRow<ProgramRow> row = new TableRow<>();
        FileDropTarget.install(row, files -> {
            if (!row.isEmpty()) {
                vm.dropOnRow(row.getItem(), files);
            }
        });
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(contextMenu()));
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                vm.start(ProgramIntent.UPDATE_CODE);
            }
        });
        return row;
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
