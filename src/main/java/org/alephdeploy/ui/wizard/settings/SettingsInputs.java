package org.alephdeploy.ui.wizard.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.wizard.WizardInputs;

/**
 * The input of "change settings": the change as edited, and the change handed over by the step
 * that opened the wizard (a follow-up's reference changes, a refusal's settings), kept under
 * what the user edits. FX thread only.
 */
public final class SettingsInputs implements WizardInputs {
    private final SettingsChange handedOver;
    private final ObjectProperty<SettingsChange> change = new SimpleObjectProperty<>(this, "change");

    public SettingsInputs(SettingsChange handedOver) {
        this.handedOver = handedOver == null ? SettingsChange.none() : handedOver;
        change.set(this.handedOver);
    }

    public SettingsChange handedOver() {
        return handedOver;
    }

    public ObjectProperty<SettingsChange> changeProperty() {
        return change;
    }
}
