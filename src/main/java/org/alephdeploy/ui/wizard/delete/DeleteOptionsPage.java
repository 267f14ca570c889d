package org.alephdeploy.ui.wizard.delete;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code DeleteOptions.fxml}: binds the options to {@link DeleteOptionsViewModel}. */
public final class DeleteOptionsPage implements WizardPage {
    private final DeleteOptionsViewModel model;
    @FXML
    private Label hintLabel;
    @FXML
    private CheckBox forgetVolumesCheck;
    @FXML
    private Label volumesLabel;

    public DeleteOptionsPage(WizardContext context) {
        this.model = new DeleteOptionsViewModel(context.state().inputs(DeleteInputs.class), context.state().targetName(),
                context.state().program().url());
    }

    /** The page's view model (for tests and the screenshot tool). */
    public DeleteOptionsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        hintLabel.setText(model.hint());
        forgetVolumesCheck.selectedProperty().bindBidirectional(model.forgetUnusedVolumesProperty());
        volumesLabel.textProperty().bind(model.volumesWordsBinding());
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
