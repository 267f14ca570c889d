package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;

/** Resume a journal operation: confirm (password when locked), run from where it stopped, result. */
public final class ResumeWizard implements WizardSpec {
    @Override
    public String titleKey() {
        return "wizard.resume.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of();
    }

    @Override
    public boolean plans() {
        return false;
    }

    @Override
    public Path artifact(WizardState state) {
        return null;
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        throw new UnsupportedOperationException("a resumed operation keeps the plan it was journaled with");
    }
}
