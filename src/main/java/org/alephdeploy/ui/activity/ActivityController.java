package org.alephdeploy.ui.activity;

import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.IntentButton;
import org.alephdeploy.ui.control.NodeCell;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.TimeLabels;

/** Code-behind of {@code Activity.fxml}: the journal's operations. */
public final class ActivityController {
    private final ActivityViewModel vm;

    @FXML
    private TableView<ActivityRow> activityTable;
    @FXML
    private TableColumn<ActivityRow, Instant> startedColumn;
    @FXML
    private TableColumn<ActivityRow, String> intentColumn;
    @FXML
    private TableColumn<ActivityRow, String> targetColumn;
    @FXML
    private TableColumn<ActivityRow, ActivityState> stateColumn;
    @FXML
    private TableColumn<ActivityRow, ActivityRow> stepsColumn;
    @FXML
    private TableColumn<ActivityRow, String> currentColumn;
    @FXML
    private Button resumeButton;
    @FXML
    private Button abandonButton;
    @FXML
    private StackPane resumeSlot;
    @FXML
    private StackPane abandonSlot;
    @FXML
    private Button backupButton;

    public ActivityController(ActivityViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        startedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().started()));
        startedColumn.setCellFactory(col -> new NodeCell<>(t -> new Label(TimeLabels.shortTime(t))));
        intentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().intent()));
        targetColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().target()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        stateColumn.setCellFactory(col -> new NodeCell<>(ActivityController::stateBadge));
        stepsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        stepsColumn.setSortable(false);
        stepsColumn.setCellFactory(col -> new NodeCell<>(row -> {
            ProgressBar bar = new ProgressBar(row.progress());
            bar.setPrefWidth(70);
            bar.getStyleClass().add("small");
            HBox box = new HBox(6, bar, new Label(I18n.format("activity.table.stepsValue", row.stepsDone(), row.stepsTotal())));
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            return box;
        }));
        currentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().currentStep()));
        activityTable.setItems(vm.rows());
        activityTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (activityTable.getSelectionModel().getSelectedItem() != now && now != null) {
                activityTable.getSelectionModel().select(now);
            }
        });
        IntentButton.bind(resumeButton, resumeSlot, vm.resumableBinding());
        IntentButton.bind(abandonButton, abandonSlot, vm.abandonableBinding());
        backupButton.disableProperty().bind(vm.selectedProperty().isNull());
    }

    static Badge stateBadge(ActivityState state) {
        Badge.Variant variant = switch (state) {
            case RUNNING, WAITING -> Badge.Variant.PENDING;
            case DONE -> Badge.Variant.SUCCESS;
            case INTERRUPTED -> Badge.Variant.CAUTION;
            case FAILED -> Badge.Variant.DANGER;
            case ABANDONED -> Badge.Variant.MUTED;
        };
        return new Badge(variant, state.label());
    }

    @FXML
    private void onResume() {
        vm.resumeSelected();
    }

    @FXML
    private void onAbandon() {
        vm.abandonSelected();
    }

    @FXML
    private void onOpenBackup() {
        vm.openBackupOfSelected();
    }
}
