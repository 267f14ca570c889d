package org.alephdeploy.ui.wizard.pincid;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code Cid.fxml}: the CID to pin, checked for its shape as it is typed. */
public final class CidPage implements WizardPage {
    private final WizardContext context;
    @FXML
    private Label hintLabel;
    @FXML
    private TextField cidField;
    @FXML
    private Label errorLabel;

    public CidPage(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        hintLabel.setText(context.state().volume() == null ? I18n.get("wizard.pinCid.hintNew")
                : I18n.format("wizard.pinCid.hint", context.state().targetName()));
        cidField.textProperty().bindBidirectional(context.state().cidProperty());
        errorLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            String t = cidField.getText() == null ? "" : cidField.getText().strip();
            return t.isEmpty() || ItemHashes.isCid(t) ? "" : I18n.get("wizard.pinCid.invalid");
        }, cidField.textProperty()));
    }

    @Override
    public String titleKey() {
        return "wizard.pinCid.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> cidField.getText() != null && ItemHashes.isCid(cidField.getText().strip()),
                cidField.textProperty());
    }
}
