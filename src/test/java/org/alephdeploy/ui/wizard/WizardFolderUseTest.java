package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.updatecode.UpdateCodeWizard;
import org.alephdeploy.ui.wizard.updatevolume.UpdateVolumeWizard;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeWizard;
import org.junit.jupiter.api.Test;

/** A folder dropped on a volume (or given as a new volume) is packed as a volume: squashfs, never a zip. */
class WizardFolderUseTest {
    @Test
    void volumeWizardsPackFoldersAsVolumesAndCodeWizardsAsCode() {
        assertThat(new UpdateVolumeWizard().folderUse()).isEqualTo(FolderUse.VOLUME);
        assertThat(new UploadVolumeWizard().folderUse()).isEqualTo(FolderUse.VOLUME);
        assertThat(new UpdateCodeWizard().folderUse()).isEqualTo(FolderUse.CODE);
        assertThat(new RecreateWizard().folderUse()).isEqualTo(FolderUse.CODE);
    }
}
