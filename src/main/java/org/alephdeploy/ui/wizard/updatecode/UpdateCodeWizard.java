package org.alephdeploy.ui.wizard.updatecode;

import java.util.List;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardPages;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Update code: a file or folder (zipped) becomes the program's new code, as a revision, an amend or a recreate. */
public final class UpdateCodeWizard implements WizardSpec {
    @Override
    public String titleKey() {
        return "wizard.updateCode.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(WizardPages.CHOOSE_FILE);
    }

    @Override
    public String fileHintKey() {
        return "wizard.updateCode.hint";
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.UpdateCode(state.program().itemHash(), artifact);
    }
}
