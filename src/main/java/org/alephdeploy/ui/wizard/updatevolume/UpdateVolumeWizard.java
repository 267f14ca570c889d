package org.alephdeploy.ui.wizard.updatevolume;

import java.util.List;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardPages;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Update a volume: a new file published as a revision of its root; the review lists who picks it up. */
public final class UpdateVolumeWizard implements WizardSpec {
    @Override
    public String titleKey() {
        return "wizard.updateVolume.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(WizardPages.CHOOSE_FILE);
    }

    @Override
    public String fileHintKey() {
        return "wizard.updateVolume.hint";
    }

    @Override
    public FolderUse folderUse() {
        return FolderUse.VOLUME;
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.UpdateVolume(state.volume().rootHash(), artifact);
    }
}
