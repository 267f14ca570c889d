package org.alephdeploy.ui.programs;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.BadgesCell;
import org.alephdeploy.ui.control.IntentTable;
import org.alephdeploy.ui.control.TextCell;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * Code-behind of {@code Programs.fxml}: the programs table, its search, filter and intents. The
 * columns fit the pane (only the name grows); each row shows its URL under its name, with Open and
 * Copy URL, and its resources over when it was updated. The keyboard opens and copies the selected
 * row's URL with Shortcut+O and Shortcut+Shift+C (the row's icons are for the pointer).
 */
public final class ProgramsController {
    static final KeyCombination OPEN_KEY = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY_URL_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final ProgramsViewModel vm;
    private IntentTable<ProgramRow, ProgramIntent> intents;

    @FXML
    private TextField searchField;
    @FXML
    private ToggleButton lockedPinnedToggle;
    @FXML
    private Label countLabel;
    @FXML
    private Label selectionHint;
    @FXML
    private TableView<ProgramRow> programsTable;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> nameColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> statusColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> updateColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> pinsColumn;
    @FXML
    private TableColumn<ProgramRow, ProgramRow> resourcesColumn;
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
        programsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        intents = new IntentTable<>(vm, ProgramIntent.class, programsTable)
                .search(searchField, countLabel, "programs.main.count")
                .filter(lockedPinnedToggle, "programs.main.filterLockedPinnedTip")
                .button(ProgramIntent.UPDATE_CODE, updateCodeButton, updateCodeSlot)
                .button(ProgramIntent.CHANGE_SETTINGS, changeSettingsButton, changeSettingsSlot)
                .button(ProgramIntent.ROLL_BACK, rollBackButton, rollBackSlot)
                .button(ProgramIntent.RECREATE, recreateButton, recreateSlot)
                .button(ProgramIntent.DELETE, deleteButton, deleteSlot)
                .separatorBefore(ProgramIntent.DELETE)
                .onDoubleClick(row -> vm.requestDetails())
                .warmUpWith(ProgramsController::warmUpSample);
        intents.install();
        programsTable.addEventFilter(KeyEvent.KEY_PRESSED, this::onRowKey);
        // only hidden, never unmanaged: the table must not move under the pointer when a row gets selected
        selectionHint.visibleProperty().bind(vm.selectedProperty().isNull());
    }

    /** Never shown: a row with every kind of cell content (URL, lock and pin badges, a code update) to warm the table up with. */
    private static ProgramRow warmUpSample() {
        return new ProgramRow("warm-up", "0".repeat(64), ItemStatus.PROCESSED, false,
                new RefPin("code", "1".repeat(64), false), new RefPin("runtime", "2".repeat(64), true),
                List.of(new RefPin("/data", "3".repeat(64), false)), 1, 2048, Instant.EPOCH, "https://warm-up.example",
                "0x0000000000000000000000000000000000000000", true, 1);
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(Comparator.comparing(ProgramRow::displayName, String.CASE_INSENSITIVE_ORDER));
        nameColumn.setCellFactory(col -> new NameCell(vm::open, this::copyUrl));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setComparator(Comparator.comparing(ProgramRow::status).thenComparing(ProgramRow::verifies));
        statusColumn.setCellFactory(col -> new BadgesCell<>(ProgramRow::statusBadges));
        updateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        updateColumn.setComparator(Comparator.comparing(p -> p.codeUpdate().kind()));
        updateColumn.setCellFactory(col -> new CodeUpdateCell());
        pinsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        pinsColumn.setComparator(Comparator.comparing(ProgramRow::locked));
        pinsColumn.setCellFactory(col -> new BadgesCell<>(p -> p.cells().lockAndPins()));
        resourcesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        resourcesColumn.setComparator(Comparator.comparing(ProgramRow::updated, Comparator.nullsFirst(Comparator.naturalOrder())));
        resourcesColumn.setCellFactory(col -> new TextCell<>(p -> p.cells().resources() + "\n" + p.cells().updated(),
                "resources-updated"));
    }

    private void onRowKey(KeyEvent e) {
        ProgramRow row = vm.selectedProperty().get();
        if (row == null) {
            return;
        }
        if (OPEN_KEY.match(e)) {
            vm.open(row);
            e.consume();
        } else if (COPY_URL_KEY.match(e)) {
            copyUrl(row);
            e.consume();
        }
    }

    private void copyUrl(ProgramRow row) {
        String url = vm.addressOf(row);
        if (url != null && !url.isBlank()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(url);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    public void focusSearch() {
        intents.focusSearch();
    }
}
