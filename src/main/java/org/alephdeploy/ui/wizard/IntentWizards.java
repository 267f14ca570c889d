package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.ui.wizard.delete.DeleteWizard;
import org.alephdeploy.ui.wizard.pincid.PinCidWizard;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.settings.ChangeSettingsWizard;
import org.alephdeploy.ui.wizard.updatecode.UpdateCodeWizard;
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
        rows.program(i.program()).ifPresent(p -> {
            WizardState s = new WizardState(p, null);
            s.pathProperty().set(Path.of(i.artifact().path()));
            opener.open(new UpdateCodeWizard(), s);
        });
        return null;
    }

    @Override
    public Void recreate(Intent.Recreate i) {
        rows.program(i.program()).ifPresent(p -> {
            WizardState s = new WizardState(p, null);
            s.pathProperty().set(i.newCode() == null ? null : Path.of(i.newCode().path()));
            s.settingsProperty().set(i.change());
            s.makeUpdatableProperty().set(i.makeUpdatable());
            s.deleteFirstProperty().set(i.deleteFirst());
            opener.open(new RecreateWizard(), s);
        });
        return null;
    }

    @Override
    public Void changeSettings(Intent.ChangeSettings i) {
        rows.program(i.program()).ifPresent(p -> {
            WizardState s = new WizardState(p, null);
            s.settingsProperty().set(i.change());
            opener.open(new ChangeSettingsWizard(), s);
        });
        return null;
    }

    @Override
    public Void deleteProgram(Intent.DeleteProgram i) {
        rows.program(i.program()).ifPresent(p -> {
            WizardState s = new WizardState(p, null);
            s.forgetUnusedVolumesProperty().set(i.forgetUnusedVolumes());
            opener.open(new DeleteWizard(), s);
        });
        return null;
    }

    @Override
    public Void updateVolume(Intent.UpdateVolume i) {
        rows.volume(i.root()).ifPresent(v -> router.updateVolume(v, List.of(Path.of(i.artifact().path()))));
        return null;
    }

    @Override
    public Void uploadVolume(Intent.UploadVolume i) {
        WizardState s = new WizardState(null, null);
        s.pathProperty().set(Path.of(i.artifact().path()));
        s.nameProperty().set(i.name() == null ? "" : i.name());
        opener.open(new UploadVolumeWizard(), s);
        return null;
    }

    @Override
    public Void pinCid(Intent.PinCid i) {
        WizardState s = new WizardState(null, i.rootOrNull() == null ? null : rows.volume(i.rootOrNull()).orElse(null));
        s.cidProperty().set(i.cid());
        opener.open(new PinCidWizard(), s);
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
