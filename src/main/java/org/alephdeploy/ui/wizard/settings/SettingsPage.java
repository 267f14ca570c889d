package org.alephdeploy.ui.wizard.settings;

import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;
import org.alephdeploy.ui.wizard.WizardState;

/**
 * Code-behind of {@code Settings.fxml}: vCPUs, memory, timeout and variables. Next is enabled
 * once something differs; the change is written to the wizard's state as it is edited.
 */
public final class SettingsPage implements WizardPage {
    private final WizardContext context;
    private final SettingsChange handedOver;
    private BooleanBinding valid;

    @FXML
    private Label hintLabel;
    @FXML
    private Spinner<Integer> vcpusSpinner;
    @FXML
    private Spinner<Integer> memorySpinner;
    @FXML
    private TextField timeoutField;
    @FXML
    private TextArea variablesArea;
    @FXML
    private Label handedOverLabel;
    @FXML
    private Label errorLabel;

    public SettingsPage(WizardContext context) {
        this.context = context;
        this.handedOver = context.state().settingsProperty().get();
    }

    @FXML
    private void initialize() {
        WizardState state = context.state();
        ProgramRow p = state.program();
        hintLabel.setText(I18n.get(p.allowAmend() ? "wizard.settings.hintAmend" : "wizard.settings.hintRecreate"));
        vcpusSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 64, Math.max(1, p.vcpus())));
        memorySpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(128, 65536, Math.max(128, p.memoryMiB()), 128));
        boolean hasHandedOver = handedOver != null && (!handedOver.references().isEmpty() || !handedOver.volumes().isEmpty());
        handedOverLabel.setVisible(hasHandedOver);
        handedOverLabel.setManaged(hasHandedOver);
        handedOverLabel.setText(I18n.format("wizard.settings.handedOver",
                hasHandedOver ? handedOver.references().size() + handedOver.volumes().size() : 0));
        valid = Bindings.createBooleanBinding(this::update, vcpusSpinner.valueProperty(), memorySpinner.valueProperty(),
                timeoutField.textProperty(), variablesArea.textProperty());
    }

    private boolean update() {
        ProgramRow p = context.state().program();
        Integer timeout = null;
        String t = timeoutField.getText() == null ? "" : timeoutField.getText().strip();
        if (!t.isEmpty()) {
            try {
                timeout = Integer.valueOf(t);
            } catch (NumberFormatException e) {
                errorLabel.setText(I18n.get("wizard.settings.badTimeout"));
                return false;
            }
        }
        Optional<Map<String, String>> vars = SettingsForm.variables(variablesArea.getText());
        if (vars.isEmpty()) {
            errorLabel.setText(I18n.get("wizard.settings.badVariables"));
            return false;
        }
        errorLabel.setText("");
        SettingsChange change = SettingsForm.change(p.vcpus(), p.memoryMiB(), vcpusSpinner.getValue(), memorySpinner.getValue(),
                timeout, vars.get(), handedOver);
        context.state().settingsProperty().set(change);
        return !change.isEmpty();
    }

    @Override
    public String titleKey() {
        return "wizard.settings.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return valid;
    }
}
