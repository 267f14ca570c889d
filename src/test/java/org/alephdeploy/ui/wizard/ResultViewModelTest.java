package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.inventory.EngineInventorySource;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.Network;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The result page's content without the toolkit, from a real run on a demo sandbox. */
class ResultViewModelTest {
    private final SandboxEngine sandbox = SandboxEngine.start();
    private final EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ProgramRow row(String name) throws Exception {
        return new EngineInventorySource(n -> sandbox.engine(), SandboxEngine.account()).load(Network.sandbox()).programs().stream()
                .filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    private WizardState ran(ProgramRow program, Intent intent) throws Exception {
        WizardState state = new WizardState(program, null, WizardInputs.NONE);
        Planned planned = engine.planNow((Path) null, FolderUse.CODE, a -> intent, w -> { });
        state.plannedProperty().set(planned);
        RunOutcome outcome = sandbox.engine().apply(planned.plan(), DemoSeed.ACCOUNT_0, SandboxEngine.signer(), planned.digest(),
                RunListener.NONE, Cancellation.create());
        state.outcomeProperty().set(outcome);
        return state;
    }

    @Test
    void aRecreateTellsTheOldUrlAndTheNewOne() throws Exception {
        ProgramRow site = row(DemoSeed.STATIC_SITE);
        ResultViewModel r = ResultViewModel.of(ran(site, new Intent.Recreate(site.itemHash(), SettingsChange.none(), null, true)),
                List.of("a note"));

        assertThat(r.status()).as(r.words()).isEqualTo(OperationStatus.DONE);
        assertThat(r.programHash()).isNotEqualTo(site.itemHash());
        assertThat(r.oldUrl()).isEqualTo(ProgramView.urlOf(site.itemHash()));
        assertThat(r.url()).isEqualTo(ProgramView.urlOf(r.programHash()));
        assertThat(r.canRollBack()).isFalse();
        assertThat(r.rawLog()).contains("a note");
        assertThat(r.checks()).isNotEmpty();
    }

    @Test
    void aNewVolumesStoreIsHeadedByTheVolumesName() throws Exception {
        Path file = Files.writeString(Files.createTempDirectory("result-vm").resolve("media.txt"), "media v1\n");
        WizardState state = new WizardState(null, null, WizardInputs.NONE);
        Planned planned = engine.planNow(file, FolderUse.VOLUME, a -> new Intent.UploadVolume(a, "media"), w -> { });
        state.plannedProperty().set(planned);
        state.outcomeProperty().set(sandbox.engine().apply(planned.plan(), DemoSeed.ACCOUNT_0, SandboxEngine.signer(),
                planned.digest(), RunListener.NONE, Cancellation.create()));
        ResultViewModel r = ResultViewModel.of(state, List.of());

        assertThat(r.newStore()).as(r.words()).isNotNull();
        assertThat(r.storeName()).isEqualTo("media");
    }

    @Test
    void aStoppedRunSaysWhyAndOffersNothingToOpen() {
        WizardState state = new WizardState(null, null, WizardInputs.NONE);
        state.runErrorProperty().set(new CancellationException("Stopped before the end."));
        ResultViewModel r = ResultViewModel.of(state, List.of());

        assertThat(r.status()).isNull();
        assertThat(r.words()).isEqualTo("Stopped before the end.");
        assertThat(r.url()).isNull();
        assertThat(r.ok()).isFalse();
    }
}
