package org.alephdeploy.ui.volumes;

import java.time.Instant;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.BadgesCell;
import org.alephdeploy.ui.control.HashCell;
import org.alephdeploy.ui.control.IntentTable;
import org.alephdeploy.ui.control.LazyTooltip;
import org.alephdeploy.ui.control.TextCell;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ItemStatus;

/** Code-behind of {@code Volumes.fxml}: the volumes table, search, filter, intents and drops. */
public final class VolumesController {
    private final VolumesViewModel vm;
    private IntentTable<VolumeRow, VolumeIntent> intents;

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
    @FXML
    private Label volumeSelectionHint;

    public VolumesController(VolumesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        setUpColumns();
        // only hidden, never unmanaged: the table must not move under the pointer when a row gets selected
        volumeSelectionHint.visibleProperty().bind(vm.selectedProperty().isNull());
        intents = new IntentTable<>(vm, VolumeIntent.class, volumesTable)
                .search(volumeSearchField, volumeCountLabel, "volumes.main.count")
                .filter(inUseToggle, "volumes.main.filterInUseTip")
                .button(VolumeIntent.UPDATE, updateVolumeButton, updateVolumeSlot)
                .button(VolumeIntent.PIN_CID, pinCidButton, pinCidSlot)
                .button(VolumeIntent.ROLL_BACK, volumeRollBackButton, volumeRollBackSlot)
                .button(VolumeIntent.FORGET, forgetButton, forgetSlot)
                .separatorBefore(VolumeIntent.FORGET)
                .onDoubleClick(row -> vm.requestDetails())
                .dropOnEmptySpace(vm::dropOnEmptySpace)
                .warmUpWith(VolumesController::warmUpSample);
        intents.install();
    }

    /** Never shown: a volume used by programs, in words and badges, to warm the table up with. */
    private static VolumeRow warmUpSample() {
        return new VolumeRow("warm-up", "0".repeat(64), "storage", ItemStatus.PROCESSED,
                1024, 2, 1, 1, "0x0000000000000000000000000000000000000000", false, Instant.EPOCH);
    }

    private void setUpColumns() {
        nameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setComparator(Comparator.comparing(VolumeRow::displayName, String.CASE_INSENSITIVE_ORDER));
        nameColumn.setCellFactory(col -> new TextCell<>(VolumeRow::displayName, "row-title"));
        hashColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rootHash()));
        hashColumn.setCellFactory(col -> new HashCell<>());
        typeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        typeColumn.setComparator(Comparator.comparing(VolumeRow::itemType));
        typeColumn.setCellFactory(col -> new BadgesCell<>(VolumeRow::typeBadges));
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

    /**
     * "You" (muted) for the account's own volumes, else the owner's short address (monospace); the
     * full one on hover. The look follows the {@code :owned} / {@code :foreign} pseudo-classes of
     * {@code .owner-cell} in app.css: flipping a pseudo-class does not make JavaFX match the cell
     * against every stylesheet again, as changing its style classes did on every reused row.
     */
    private static final class OwnerCell extends TableCell<VolumeRow, VolumeRow> {
        private static final PseudoClass OWNED = PseudoClass.getPseudoClass("owned");
        private static final PseudoClass FOREIGN = PseudoClass.getPseudoClass("foreign");
        private Boolean owned;

        OwnerCell() {
            getStyleClass().add("owner-cell");
        }

        @Override
        protected void updateItem(VolumeRow v, boolean empty) {
            super.updateItem(v, empty);
            boolean none = empty || v == null;
            setText(none ? null : v.cells().owner());
            LazyTooltip.of(this).setText(none ? null : v.owner());
            if (!none && !Boolean.valueOf(v.owned()).equals(owned)) {
                owned = v.owned();
                pseudoClassStateChanged(OWNED, owned);
                pseudoClassStateChanged(FOREIGN, !owned);
            }
        }
    }

    public void focusSearch() {
        intents.focusSearch();
    }
}
