package org.alephdeploy.ui.wizard.delete;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Delete a program: forget it and its amends, optionally the volumes nothing else uses; typed confirmation. */
public final class DeleteWizard implements WizardSpec {
    static final String PAGE = "/org/alephdeploy/ui/wizard/delete/DeleteOptions.fxml";

    @Override
    public String titleKey() {
        return "wizard.delete.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(PAGE);
    }

    @Override
    public Map<Class<?>, Function<WizardContext, Object>> controllers() {
        return Map.of(DeleteOptionsPage.class, DeleteOptionsPage::new);
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.DeleteProgram(state.program().itemHash(), state.inputs(DeleteInputs.class).forgetUnusedVolumesProperty().get());
    }

    @Override
    public String typedConfirmation(WizardState state) {
        return state.program().displayName();
    }
}
