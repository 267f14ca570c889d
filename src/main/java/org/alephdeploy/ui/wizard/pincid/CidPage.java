package org.alephdeploy.ui.wizard.pincid;

import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;

/** Code-behind of {@code Cid.fxml}: the CID to pin, checked for its shape as it is typed. */
public final class CidPage implements WizardPage {
    /** CIDv0 (base58btc "Qm…", 46 characters) or a base32 CIDv1 ("b…"). */
    static final Pattern CID = Pattern.compile("Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{58,}");

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
            return t.isEmpty() || CID.matcher(t).matches() ? "" : I18n.get("wizard.pinCid.invalid");
        }, cidField.textProperty()));
    }

    @Override
    public String titleKey() {
        return "wizard.pinCid.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> cidField.getText() != null && CID.matcher(cidField.getText().strip()).matches(),
                cidField.textProperty());
    }
}
