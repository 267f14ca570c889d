package org.alephdeploy.ui.wizard.settings;

import java.util.Locale;
import java.util.NoSuchElementException;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.wizard.ContextTasks;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code Settings.fxml}: binds the fields and the before → after table to {@link SettingsViewModel}. */
public final class SettingsPage implements WizardPage {
    private final SettingsViewModel model;

    @FXML
    private Label hintLabel;
    @FXML
    private VBox formBox;
    @FXML
    private TextField vcpusField;
    @FXML
    private TextField memoryField;
    @FXML
    private TextField timeoutField;
    @FXML
    private TextArea variablesArea;
    @FXML
    private CheckBox persistentCheck;
    @FXML
    private CheckBox internetCheck;
    @FXML
    private CheckBox runtimeCheck;
    @FXML
    private TextArea volumesArea;
    @FXML
    private Label handedOverLabel;
    @FXML
    private TableView<SettingsDiff.Line> diffTable;
    @FXML
    private TableColumn<SettingsDiff.Line, String> whatColumn;
    @FXML
    private TableColumn<SettingsDiff.Line, String> beforeColumn;
    @FXML
    private TableColumn<SettingsDiff.Line, String> afterColumn;
    @FXML
    private Label statusLabel;
    @FXML
    private Label errorLabel;

    public SettingsPage(WizardContext context) {
        ContextTasks tasks = new ContextTasks(context);
        ProgramRow program = context.state().program();
        this.model = new SettingsViewModel(context.state().inputs(SettingsInputs.class), program.locked(), tasks,
                () -> ProgramSettings.of(tasks.inventory().program(program.itemHash()).orElseThrow(() -> new NoSuchElementException(
                        I18n.format("wizard.settings.notInInventory", program.displayName()))).content()));
    }

    /** The page's view model (for tests and the screenshot tool). */
    public SettingsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        hintLabel.textProperty().bind(model.hintProperty());
        formBox.disableProperty().bind(model.loadedProperty().not());
        vcpusField.textProperty().bindBidirectional(model.vcpusProperty());
        memoryField.textProperty().bindBidirectional(model.memoryProperty());
        timeoutField.textProperty().bindBidirectional(model.timeoutProperty());
        variablesArea.textProperty().bindBidirectional(model.variablesProperty());
        volumesArea.textProperty().bindBidirectional(model.volumesProperty());
        persistentCheck.selectedProperty().bindBidirectional(model.persistentProperty());
        internetCheck.selectedProperty().bindBidirectional(model.internetProperty());
        runtimeCheck.selectedProperty().bindBidirectional(model.newestRuntimeProperty());
        runtimeCheck.textProperty().bind(model.runtimeOfferProperty());
        runtimeCheck.visibleProperty().bind(model.runtimeOfferProperty().isNotEmpty());
        runtimeCheck.managedProperty().bind(runtimeCheck.visibleProperty());
        handedOverLabel.textProperty().bind(model.handedOverNoteProperty());
        handedOverLabel.visibleProperty().bind(model.handedOverNoteProperty().isNotEmpty());
        handedOverLabel.managedProperty().bind(handedOverLabel.visibleProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        diffTable.setItems(model.diff());
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().what()));
        beforeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().before()));
        afterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().after()));
        diffTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SettingsDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed", "diff-changed");
                if (!empty && line != null) {
                    getStyleClass().add("diff-" + line.kind().name().toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    @Override
    public String titleKey() {
        return "wizard.settings.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return model.validProperty();
    }
}
