package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.alephdeploy.ui.wizard.delete.DeleteInputs;
import org.alephdeploy.ui.wizard.delete.DeleteWizard;
import org.alephdeploy.ui.wizard.forgetvolume.ForgetVolumeWizard;
import org.alephdeploy.ui.wizard.pincid.PinCidInputs;
import org.alephdeploy.ui.wizard.pincid.PinCidWizard;
import org.alephdeploy.ui.wizard.recreate.RecreateInputs;
import org.alephdeploy.ui.wizard.recreate.RecreateWizard;
import org.alephdeploy.ui.wizard.rollback.RollBackInputs;
import org.alephdeploy.ui.wizard.rollback.RollBackWizard;
import org.alephdeploy.ui.wizard.settings.ChangeSettingsWizard;
import org.alephdeploy.ui.wizard.settings.SettingsInputs;
import org.alephdeploy.ui.wizard.updatecode.CodeUpdateRoute;
import org.alephdeploy.ui.wizard.updatevolume.UpdateVolumeInputs;
import org.alephdeploy.ui.wizard.updatevolume.UpdateVolumeWizard;
import org.alephdeploy.ui.wizard.uploadvolume.UploadVolumeInputs;
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

    private WizardState program(ProgramRow p, WizardInputs inputs) {
        return new WizardState(p, null, inputs);
    }

    @Override
    public void updateCode(ProgramRow program, List<Path> files) {
        CodeUpdateRoute.Start start = CodeUpdateRoute.of(program, first(files));
        opener.open(start.spec(), start.state());
    }

    @Override
    public void changeSettings(ProgramRow program) {
        opener.open(new ChangeSettingsWizard(), program(program, new SettingsInputs(null)));
    }

    @Override
    public void delete(ProgramRow program) {
        opener.open(new DeleteWizard(), program(program, new DeleteInputs(false)));
    }

    @Override
    public void recreate(ProgramRow program) {
        opener.open(new RecreateWizard(), program(program, new RecreateInputs()));
    }

    @Override
    public void rollBackCode(ProgramRow program) {
        opener.open(new RollBackWizard(), program(program, new RollBackInputs(null, null)));
    }

    @Override
    public void updateVolume(VolumeRow volume, List<Path> files) {
        opener.open(new UpdateVolumeWizard(), new WizardState(null, volume, new UpdateVolumeInputs(first(files))));
    }

    @Override
    public void pinCid(VolumeRow volume) {
        opener.open(new PinCidWizard(), new WizardState(null, volume, new PinCidInputs("")));
    }

    @Override
    public void rollBack(VolumeRow volume) {
        opener.open(new RollBackWizard(), new WizardState(null, volume, new RollBackInputs(null, null)));
    }

    @Override
    public void forget(VolumeRow volume) {
        opener.open(new ForgetVolumeWizard(), new WizardState(null, volume, WizardInputs.NONE));
    }

    @Override
    public void uploadNewVolume(List<Path> files) {
        opener.open(new UploadVolumeWizard(), new WizardState(null, null, new UploadVolumeInputs(first(files), null)));
    }

    /** "Roll back here" in the details pane: the volume of that root, else the selected program's code. */
    void rollBackTo(String root, String revision) {
        RollBackInputs inputs = new RollBackInputs(root, revision);
        WizardState state = rows.volume(root).map(v -> new WizardState(null, v, inputs))
                .orElseGet(() -> new WizardState(selectedProgram.get(), null, inputs));
        opener.open(new RollBackWizard(), state);
    }

    /** Opens the wizard of a planned intent (a refusal's alternative, a follow-up), filled in from it. */
    public void openFor(Intent intent) {
        intent.accept(new IntentWizards(this));
    }
}
