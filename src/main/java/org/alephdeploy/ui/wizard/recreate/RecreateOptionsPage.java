package org.alephdeploy.ui.wizard.recreate;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;
import org.alephdeploy.ui.wizard.WizardState;

/**
 * Code-behind of {@code RecreateOptions.fxml}: optional new code, "make the new program updatable"
 * (on by default) with what each choice locks, and delete-first for when funds cannot carry both.
 */
public final class RecreateOptionsPage implements WizardPage {
    private final WizardContext context;
    @FXML
    private Label hintLabel;
    @FXML
    private TextField codeField;
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
    }

    @FXML
    private void initialize() {
        WizardState state = context.state();
        hintLabel.setText(I18n.format("wizard.recreate.hint", state.targetName()));
        if (state.pathProperty().get() != null) {
            codeField.setText(state.pathProperty().get().toString());
        }
        codeField.textProperty().addListener((obs, old, now) -> {
            errorLabel.setText("");
            try {
                state.pathProperty().set(now == null || now.isBlank() ? null : Path.of(now.strip()));
            } catch (InvalidPathException e) {
                errorLabel.setText(I18n.format("wizard.file.invalid", now));
            }
        });
        updatableCheck.selectedProperty().bindBidirectional(state.makeUpdatableProperty());
        deleteFirstCheck.selectedProperty().bindBidirectional(state.deleteFirstProperty());
        updatableLabel.textProperty().bind(Bindings.when(updatableCheck.selectedProperty())
                .then(I18n.get("wizard.recreate.updatableOn")).otherwise(I18n.get("wizard.recreate.updatableOff")));
    }

    @Override
    public String titleKey() {
        return "wizard.recreate.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> errorLabel.getText().isEmpty(), errorLabel.textProperty());
    }

    @FXML
    private void onChooseFile() {
        context.dialogs().chooseFile(I18n.get("wizard.file.chooseFile")).ifPresent(p -> codeField.setText(p.toString()));
    }

    @FXML
    private void onChooseFolder() {
        context.dialogs().chooseFolder(I18n.get("wizard.file.chooseFolder")).ifPresent(p -> codeField.setText(p.toString()));
    }
}
