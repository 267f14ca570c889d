package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.wizard.delete.DeleteWizard;
import org.alephdeploy.ui.wizard.forgetvolume.ForgetVolumeWizard;
import org.alephdeploy.ui.wizard.pincid.PinCidWizard;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.rollback.RollBackWizard;
import org.alephdeploy.ui.wizard.settings.ChangeSettingsWizard;
import org.alephdeploy.ui.wizard.updatecode.UpdateCodeWizard;
import org.alephdeploy.ui.wizard.updatevolume.UpdateVolumeWizard;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeWizard;

/**
 * Routes what the user starts (buttons, drops, the details pane, a refusal's alternative, a
 * follow-up) to the wizard of that intent. Made before the window (the tables take it as their
 * intents); opens wizards once {@link #attach attached}. FX thread only.
 */
public final class IntentRouter implements ProgramIntents, VolumeIntents {
    private WizardOpener opener;
    private KnownRows rows;
    private Supplier<ProgramRow> selectedProgram = () -> null;

    void attach(WizardOpener openerValue, KnownRows rowsValue, Supplier<ProgramRow> selected) {
        this.opener = openerValue;
        this.rows = rowsValue;
        this.selectedProgram = selected;
    }

    WizardOpener opener() {
        return opener;
    }

    KnownRows rows() {
        return rows;
    }

    private static Path first(List<Path> files) {
        return files.isEmpty() ? null : files.get(0);
    }

    @Override
    public void updateCode(ProgramRow program, List<Path> files) {
        WizardState state = new WizardState(program, null);
        state.pathProperty().set(first(files));
        opener.open(new UpdateCodeWizard(), state);
    }

    @Override
    public void changeSettings(ProgramRow program) {
        opener.open(new ChangeSettingsWizard(), new WizardState(program, null));
    }

    @Override
    public void delete(ProgramRow program) {
        opener.open(new DeleteWizard(), new WizardState(program, null));
    }

    @Override
    public void recreate(ProgramRow program) {
        opener.open(new RecreateWizard(), new WizardState(program, null));
    }

    @Override
    public void rollBackCode(ProgramRow program) {
        opener.open(new RollBackWizard(), new WizardState(program, null));
    }

    @Override
    public void updateVolume(VolumeRow volume, List<Path> files) {
        WizardState state = new WizardState(null, volume);
        state.pathProperty().set(first(files));
        opener.open(new UpdateVolumeWizard(), state);
    }

    @Override
    public void pinCid(VolumeRow volume) {
        opener.open(new PinCidWizard(), new WizardState(null, volume));
    }

    @Override
    public void rollBack(VolumeRow volume) {
        opener.open(new RollBackWizard(), new WizardState(null, volume));
    }

    @Override
    public void forget(VolumeRow volume) {
        opener.open(new ForgetVolumeWizard(), new WizardState(null, volume));
    }

    @Override
    public void uploadNewVolume(List<Path> files) {
        WizardState state = new WizardState(null, null);
        state.pathProperty().set(first(files));
        opener.open(new UploadVolumeWizard(), state);
    }

    /** "Roll back here" in the details pane: the volume of that root, else the selected program's code. */
    void rollBackTo(String root, String revision) {
        WizardState state = rows.volume(root).map(v -> new WizardState(null, v))
                .orElseGet(() -> new WizardState(selectedProgram.get(), null));
        state.rootProperty().set(root);
        state.revisionProperty().set(revision);
        opener.open(new RollBackWizard(), state);
    }

    /** Opens the wizard of a planned intent (a refusal's alternative, a follow-up), filled in from it. */
    public void openFor(Intent intent) {
        intent.accept(new IntentWizards(this));
    }
}
