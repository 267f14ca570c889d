package org.alephdeploy.ui.wizard.pincid;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code Cid.fxml}: binds the CID field to {@link CidViewModel}. */
public final class CidPage implements WizardPage {
    private final CidViewModel model;
    @FXML
    private Label hintLabel;
    @FXML
    private TextField cidField;
    @FXML
    private Label errorLabel;

    public CidPage(WizardContext context) {
        this.model = new CidViewModel(context.state().inputs(PinCidInputs.class),
                context.state().volume() == null ? null : context.state().targetName());
    }

    /** The page's view model (for tests and the screenshot tool). */
    public CidViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        hintLabel.setText(model.hint());
        cidField.textProperty().bindBidirectional(model.cidProperty());
        errorLabel.textProperty().bind(model.errorBinding());
    }

    @Override
    public String titleKey() {
        return "wizard.pinCid.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return model.validBinding();
    }
}
