package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.ui.wizard.delete.DeleteInputs;
import org.alephdeploy.ui.wizard.delete.DeleteWizard;
import org.alephdeploy.ui.wizard.pincid.PinCidInputs;
import org.alephdeploy.ui.wizard.pincid.PinCidWizard;
import org.alephdeploy.ui.wizard.recreate.RecreateInputs;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.settings.ChangeSettingsWizard;
import org.alephdeploy.ui.wizard.settings.SettingsInputs;
import org.alephdeploy.ui.wizard.updatecode.UpdateCodeInputs;
import org.alephdeploy.ui.wizard.updatecode.UpdateCodeWizard;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeInputs;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeWizard;

/**
 * Opens the wizard of a planned intent (a refusal's alternative, a follow-up), filled in from it.
 * An intent on a program or volume that is not in the tables opens nothing. A new kind of intent
 * does not compile until it has a case here.
 */
final class IntentWizards implements Intent.Cases<Void> {
    private final WizardLauncher launcher;

    IntentWizards(WizardLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Void updateCode(Intent.UpdateCode i) {
        launcher.programRow(i.program()).ifPresent(p ->
                launcher.open(new UpdateCodeWizard(), new WizardState(p, null, new UpdateCodeInputs(Path.of(i.artifact().path())))));
        return null;
    }

    @Override
    public Void recreate(Intent.Recreate i) {
        launcher.programRow(i.program()).ifPresent(p -> launcher.open(new RecreateWizard(), new WizardState(p, null, RecreateInputs.of(i))));
        return null;
    }

    @Override
    public Void changeSettings(Intent.ChangeSettings i) {
        launcher.programRow(i.program()).ifPresent(p ->
                launcher.open(new ChangeSettingsWizard(), new WizardState(p, null, new SettingsInputs(i.change()))));
        return null;
    }

    @Override
    public Void deleteProgram(Intent.DeleteProgram i) {
        launcher.programRow(i.program()).ifPresent(p ->
                launcher.open(new DeleteWizard(), new WizardState(p, null, new DeleteInputs(i.forgetUnusedVolumes()))));
        return null;
    }

    @Override
    public Void updateVolume(Intent.UpdateVolume i) {
        launcher.volumeRow(i.root()).ifPresent(v -> launcher.updateVolume(v, List.of(Path.of(i.artifact().path()))));
        return null;
    }

    @Override
    public Void uploadVolume(Intent.UploadVolume i) {
        launcher.open(new UploadVolumeWizard(), new WizardState(null, null, new UploadVolumeInputs(Path.of(i.artifact().path()), i.name())));
        return null;
    }

    @Override
    public Void pinCid(Intent.PinCid i) {
        launcher.open(new PinCidWizard(), new WizardState(null, i.rootOrNull() == null ? null : launcher.volumeRow(i.rootOrNull()).orElse(null),
                new PinCidInputs(i.cid())));
        return null;
    }

    @Override
    public Void rollback(Intent.Rollback i) {
        launcher.rollBackTo(i.root(), i.revisionHash());
        return null;
    }

    @Override
    public Void forgetVolume(Intent.ForgetVolume i) {
        launcher.volumeRow(i.root()).ifPresent(launcher::forget);
        return null;
    }
}
