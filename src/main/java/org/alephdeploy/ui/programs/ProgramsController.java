package org.alephdeploy.ui.programs;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.BadgeCell;
import org.alephdeploy.ui.control.BadgesCell;
import org.alephdeploy.ui.control.HashCell;
import org.alephdeploy.ui.control.IntentTable;
import org.alephdeploy.ui.control.TextCell;

/** Code-behind of {@code Programs.fxml}: the programs table, its search, filter and intents. */
public final class ProgramsController {
    private final ProgramsViewModel vm;
    private IntentTable<ProgramRow, ProgramIntent> intents;

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
        setUpColumns();
        intents = new IntentTable<>(vm, ProgramIntent.class, programsTable)
                .search(searchField, countLabel, "programs.main.count")
                .filter(lockedPinnedToggle, "programs.main.filterLockedPinnedTip")
                .button(ProgramIntent.UPDATE_CODE, updateCodeButton, updateCodeSlot)
                .button(ProgramIntent.CHANGE_SETTINGS, changeSettingsButton, changeSettingsSlot)
                .button(ProgramIntent.ROLL_BACK, rollBackButton, rollBackSlot)
                .button(ProgramIntent.RECREATE, recreateButton, recreateSlot)
                .button(ProgramIntent.DELETE, deleteButton, deleteSlot)
                .separatorBefore(ProgramIntent.DELETE)
                .doubleClickStarts(ProgramIntent.UPDATE_CODE);
        intents.install();
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

    public void focusSearch() {
        intents.focusSearch();
    }
}
