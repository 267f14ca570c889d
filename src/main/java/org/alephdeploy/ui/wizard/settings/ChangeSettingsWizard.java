package org.alephdeploy.ui.wizard.settings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Change settings: resources and variables; always a new program (amend or recreate), never in place. */
public final class ChangeSettingsWizard implements WizardSpec {
    static final String PAGE = "/org/alephdeploy/ui/wizard/settings/Settings.fxml";

    @Override
    public String titleKey() {
        return "wizard.settings.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(PAGE);
    }

    @Override
    public Map<Class<?>, Function<WizardContext, Object>> controllers() {
        return Map.of(SettingsPage.class, SettingsPage::new);
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.ChangeSettings(state.program().itemHash(), state.inputs(SettingsInputs.class).changeProperty().get());
    }
}
