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
 * An intent on a program or volume that is not in the tables (whatever they show) opens nothing. A new kind of intent
 * does not compile until it has a case here.
 */
final class IntentWizards implements Intent.Cases<Void> {
    private final IntentRouter router;
    private final WizardOpener opener;
    private final KnownRows rows;

    IntentWizards(IntentRouter router) {
        this.router = router;
        this.opener = router.opener();
        this.rows = router.rows();
    }

    @Override
    public Void updateCode(Intent.UpdateCode i) {
        rows.program(i.program()).ifPresent(p ->
                opener.open(new UpdateCodeWizard(), new WizardState(p, null, new UpdateCodeInputs(Path.of(i.artifact().path())))));
        return null;
    }

    @Override
    public Void recreate(Intent.Recreate i) {
        rows.program(i.program()).ifPresent(p -> opener.open(new RecreateWizard(), new WizardState(p, null, RecreateInputs.of(i))));
        return null;
    }

    @Override
    public Void changeSettings(Intent.ChangeSettings i) {
        rows.program(i.program()).ifPresent(p ->
                opener.open(new ChangeSettingsWizard(), new WizardState(p, null, new SettingsInputs(i.change()))));
        return null;
    }

    @Override
    public Void deleteProgram(Intent.DeleteProgram i) {
        rows.program(i.program()).ifPresent(p ->
                opener.open(new DeleteWizard(), new WizardState(p, null, new DeleteInputs(i.forgetUnusedVolumes()))));
        return null;
    }

    @Override
    public Void updateVolume(Intent.UpdateVolume i) {
        rows.volume(i.root()).ifPresent(v -> router.updateVolume(v, List.of(Path.of(i.artifact().path()))));
        return null;
    }

    @Override
    public Void uploadVolume(Intent.UploadVolume i) {
        opener.open(new UploadVolumeWizard(), new WizardState(null, null, new UploadVolumeInputs(Path.of(i.artifact().path()), i.name())));
        return null;
    }

    @Override
    public Void pinCid(Intent.PinCid i) {
        opener.open(new PinCidWizard(), new WizardState(null, i.rootOrNull() == null ? null : rows.volume(i.rootOrNull()).orElse(null),
                new PinCidInputs(i.cid())));
        return null;
    }

    @Override
    public Void rollback(Intent.Rollback i) {
        router.rollBackTo(i.root(), i.revisionHash());
        return null;
    }

    @Override
    public Void forgetVolume(Intent.ForgetVolume i) {
        rows.volume(i.root()).ifPresent(router::forget);
        return null;
    }
}
