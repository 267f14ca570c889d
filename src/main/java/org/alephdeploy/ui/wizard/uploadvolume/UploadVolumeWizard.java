package org.alephdeploy.ui.wizard.uploadvolume;

import java.util.List;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.ui.wizard.WizardPages;
import org.alephdeploy.ui.wizard.WizardSpec;
import org.alephdeploy.ui.wizard.WizardState;

/** Upload a new volume: a file or folder (a folder as a squashfs image) with a name becomes a new root STORE. */
public final class UploadVolumeWizard implements WizardSpec {
    @Override
    public String titleKey() {
        return "wizard.uploadVolume.title";
    }

    @Override
    public List<String> inputPages() {
        return List.of(WizardPages.CHOOSE_FILE);
    }

    @Override
    public String fileHintKey() {
        return "wizard.uploadVolume.hint";
    }

    @Override
    public FolderUse folderUse() {
        return FolderUse.VOLUME;
    }

    @Override
    public Intent intent(WizardState state, LocalArtifact artifact) {
        return new Intent.UploadVolume(artifact, state.inputs(UploadVolumeInputs.class).chosenName());
    }
}
