package org.alephdeploy.ui.wizard.forgetvolume;

import java.util.List;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Forget a volume: its root and revisions; the review lists blockers by program, other owners' included. */
public final class ForgetVolumeWizard implements WizardSpec {
    @Override
    public String titleKey() {
        return "wizard.forgetVolume.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of();
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.ForgetVolume(state.volume().rootHash());
    }

    @Override
    public String typedConfirmation(WizardState state) {
        return state.volume().displayName();
    }
}
