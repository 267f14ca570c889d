package org.alephdeploy.ui.wizard.delete;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code DeleteOptions.fxml}: whether the volumes nothing else uses go too. */
public final class DeleteOptionsPage implements WizardPage {
    private final WizardContext context;
    @FXML
    private Label hintLabel;
    @FXML
    private CheckBox forgetVolumesCheck;

    public DeleteOptionsPage(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        hintLabel.setText(I18n.format("wizard.delete.hint", context.state().targetName()));
        forgetVolumesCheck.selectedProperty().bindBidirectional(context.state().forgetUnusedVolumesProperty());
    }

    @Override
    public String titleKey() {
        return "wizard.delete.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> true);
    }
}
