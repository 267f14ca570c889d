package org.alephdeploy.ui.wizard.recreate;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.wizard.ContextTasks;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code RecreateOptions.fxml}: binds the options to {@link RecreateOptionsViewModel}. */
public final class RecreateOptionsPage implements WizardPage {
    private final WizardContext context;
    private final RecreateOptionsViewModel model;
    @FXML
    private Label reasonLabel;
    @FXML
    private Label hintLabel;
    @FXML
    private Label carriedLabel;
    @FXML
    private TextField codeField;
    @FXML
    private Label codeNoteLabel;
    @FXML
    private CheckBox updatableCheck;
    @FXML
    private Label updatableLabel;
    @FXML
    private CheckBox deleteFirstCheck;
    @FXML
    private Label errorLabel;

    public RecreateOptionsPage(WizardContext context) {
        this.context = context;
        this.model = new RecreateOptionsViewModel(context.state().inputs(RecreateInputs.class), context.state().targetName(),
                new ContextTasks(context));
    }

    /** The page's view model (for tests and the screenshot tool). */
    public RecreateOptionsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        reasonLabel.setText(model.reason());
        reasonLabel.setVisible(!model.reason().isEmpty());
        reasonLabel.setManaged(!model.reason().isEmpty());
        hintLabel.setText(model.hint());
        carriedLabel.setText(model.carriedSettings());
        carriedLabel.setVisible(!model.carriedSettings().isEmpty());
        carriedLabel.setManaged(!model.carriedSettings().isEmpty());
        codeField.textProperty().bindBidirectional(model.codeTextProperty());
        codeNoteLabel.textProperty().bind(model.codeNoteProperty());
        updatableCheck.selectedProperty().bindBidirectional(model.makeUpdatableProperty());
        updatableLabel.textProperty().bind(model.updatableWordsBinding());
        deleteFirstCheck.selectedProperty().bindBidirectional(model.deleteFirstProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    @Override
    public String titleKey() {
        return "wizard.recreate.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return model.validProperty();
    }

    @FXML
    private void onChooseFile() {
        context.dialogs().chooseFile(I18n.get("wizard.file.chooseFile")).ifPresent(model::choose);
    }

    @FXML
    private void onChooseFolder() {
        context.dialogs().chooseFolder(I18n.get("wizard.file.chooseFolder")).ifPresent(model::choose);
    }
}
