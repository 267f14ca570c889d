package org.alephdeploy.ui.wizard.delete;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.alephdeploy.ui.wizard.WizardInputs;

/** The input of "delete a program": whether the code and volumes nothing else uses go too. FX thread only. */
public final class DeleteInputs implements WizardInputs {
    private final BooleanProperty forgetUnusedVolumes = new SimpleBooleanProperty(this, "forgetUnusedVolumes");

    public DeleteInputs(boolean forgetUnusedVolumes) {
        this.forgetUnusedVolumes.set(forgetUnusedVolumes);
    }

    public BooleanProperty forgetUnusedVolumesProperty() {
        return forgetUnusedVolumes;
    }
}
