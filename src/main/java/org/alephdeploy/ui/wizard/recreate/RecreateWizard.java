package org.alephdeploy.ui.wizard.recreate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/**
 * Delete and recreate: back up the old message, publish the new program first (new hash and URL),
 * then forget the old one. Optional new code; on by default, the new program is made updatable
 * with code and volumes following latest. Typed confirmation.
 */
public final class RecreateWizard implements WizardSpec {
    static final String PAGE = "/org/alephdeploy/ui/wizard/recreate/RecreateOptions.fxml";

    @Override
    public String titleKey() {
        return "wizard.recreate.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(PAGE);
    }

    @Override
    public Map<Class<?>, Function<WizardContext, Object>> controllers() {
        return Map.of(RecreateOptionsPage.class, RecreateOptionsPage::new);
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        RecreateInputs in = state.inputs(RecreateInputs.class);
        return new Intent.Recreate(state.program().itemHash(), in.change(), artifact, in.makeUpdatableProperty().get(),
                in.deleteFirstProperty().get());
    }

    @Override
    public String typedConfirmation(WizardState state) {
        return state.program().displayName();
    }
}
