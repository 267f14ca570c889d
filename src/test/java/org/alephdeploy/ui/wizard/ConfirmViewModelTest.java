package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.service.engine.TestSignerAccess;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The confirm page's state without the toolkit: who signs, what must be typed, the danger button, unlocking. */
class ConfirmViewModelTest {
    private static final String CID = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
    private final SandboxEngine sandbox = SandboxEngine.start();
    private final Inventory inventory = sandbox.engine().context(DemoSeed.ACCOUNT_0, DemoSeed.ACCOUNT_0, false).inventory();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String program(String name) {
        return inventory.programs().stream().map(c -> c.current()).filter(p -> name.equals(p.name())).map(ProgramView::itemHash)
                .findFirst().orElseThrow();
    }

    private String assets() {
        return inventory.volumes().stream().filter(v -> DemoSeed.ASSETS_VOLUME.equals(v.name())).map(VolumeView::rootHash)
                .findFirst().orElseThrow();
    }

    private static WizardSpec spec(String typed) {
        return new WizardSpec() {
            @Override
            public String titleKey() {
                return "wizard.confirm.title";
            }

            @Override
            public List<String> inputPages() {
                return List.of();
            }

            @Override
            public Intent intent(WizardState s, LocalArtifact artifact) {
                throw new AssertionError("planned beforehand");
            }

            @Override
            public String typedConfirmation(WizardState s) {
                return typed;
            }
        };
    }

    private WizardState planned(EngineTasks engine, Intent intent) throws Exception {
        WizardState state = new WizardState(null, null, WizardInputs.NONE);
        Planned p = engine.planNow((Path) null, FolderUse.CODE, a -> intent, words -> { });
        assertThat(p.plan()).as(String.valueOf(p.refusal())).isNotNull();
        state.plannedProperty().set(p);
        return state;
    }

    @Test
    void aRevisionThatKeepsEveryUrlSignsFromTheReviewButAnAmendOrRecreateDoesNot() throws Exception {
        EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
        Planned pin = planned(engine, new Intent.PinCid(assets(), CID)).plannedProperty().get();
        assertThat(ConfirmViewModel.signsFromReview(pin, false)).isTrue();
        assertThat(ConfirmViewModel.signsFromReview(pin, true)).as("a locked account needs the confirm page").isFalse();
        Planned amend = planned(engine, new Intent.ChangeSettings(program(DemoSeed.WEB_API), SettingsChange.resources(2, null, null)))
                .plannedProperty().get();
        assertThat(ConfirmViewModel.signsFromReview(amend, false)).as("a new URL").isFalse();
    }

    /** The steps bar's question: does this wizard pass through the confirm page? Known once planned. */
    @Test
    void theConfirmStepIsSkippedOnlyOnceThePlanKeepsTheUrlAndNothingIsToBeTyped() throws Exception {
        EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
        WizardState unplanned = new WizardState(null, null, WizardInputs.NONE);
        assertThat(ConfirmViewModel.skipsConfirm(unplanned, spec(null), engine.account())).as("not known before planning").isFalse();
        WizardState pin = planned(engine, new Intent.PinCid(assets(), CID));
        assertThat(ConfirmViewModel.skipsConfirm(pin, spec(null), engine.account())).isTrue();
        assertThat(ConfirmViewModel.skipsConfirm(pin, spec("assets"), engine.account())).as("a name to type").isFalse();
        WizardState amend = planned(engine, new Intent.ChangeSettings(program(DemoSeed.WEB_API), SettingsChange.resources(2, null, null)));
        assertThat(ConfirmViewModel.skipsConfirm(amend, spec(null), engine.account())).isFalse();
    }

    @Test
    void aRecreateUsesADangerButtonThatNamesWhatStopsAndTheTypedName() throws Exception {
        EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
        WizardState state = planned(engine, new Intent.Recreate(program(DemoSeed.STATIC_SITE), SettingsChange.none(), null, true));
        ConfirmViewModel vm = new ConfirmViewModel(state, spec("static-site"), engine, new SyncFxTasks());
        vm.enter();

        assertThat(vm.dangerProperty().get()).isTrue();
        assertThat(vm.signWordsProperty().get()).contains("old URL stops working");
        assertThat(vm.signer().addressProperty().get()).isEqualToIgnoringCase(DemoSeed.ACCOUNT_0);
        assertThat(vm.signer().nameProperty().get()).isNotBlank();
        assertThat(vm.typedPromptProperty().get()).contains("static-site");
        assertThat(vm.completeBinding().get()).isFalse();
        vm.typedProperty().set("static-sit");
        assertThat(vm.completeBinding().get()).isFalse();
        vm.typedProperty().set("static-site");
        assertThat(vm.completeBinding().get()).isTrue();
    }

    /** An amend keeps nothing of the old URL: its confirm page is not a bare "Sign and run" but names what stops. */
    @Test
    void anAmendThatGivesANewUrlNamesItOnTheDangerButton() throws Exception {
        EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
        WizardState state = planned(engine, new Intent.ChangeSettings(program(DemoSeed.WEB_API), SettingsChange.resources(2, null, null)));
        ConfirmViewModel vm = new ConfirmViewModel(state, spec(null), engine, new SyncFxTasks());
        vm.enter();
        assertThat(vm.dangerProperty().get()).isTrue();
        assertThat(vm.signWordsProperty().get()).startsWith("Amend").contains("old URL stops working");
        assertThat(vm.typedPromptProperty().get()).isNull();
    }

    @Test
    void forgettingAVolumeAsksForTheVolumesNameNotTheProgramsName() throws Exception {
        EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
        String oldApiCode = inventory.volumes().stream().filter(v -> DemoSeed.OLD_API_CODE.equals(v.name()))
                .map(VolumeView::rootHash).findFirst().orElseThrow();
        WizardState state = planned(engine, new Intent.ForgetVolume(oldApiCode));
        ConfirmViewModel vm = new ConfirmViewModel(state, spec(DemoSeed.OLD_API_CODE), engine, new SyncFxTasks());
        vm.enter();
        assertThat(vm.typedPromptProperty().get()).contains("volume's name").contains(DemoSeed.OLD_API_CODE).doesNotContain("program");
    }

    @Test
    void aLockedAccountAsksForItsPasswordAndAWrongOneStaysOnThePage() throws Exception {
        TestSignerAccess locked = new TestSignerAccess(SandboxEngine.signer(), "correct horse");
        EngineTasks engine = new EngineTasks(sandbox::engine, locked);
        WizardState state = planned(engine, new Intent.PinCid(assets(), CID));
        ConfirmViewModel vm = new ConfirmViewModel(state, spec(null), engine, new SyncFxTasks());
        vm.enter();
        assertThat(vm.passwordNeededProperty().get()).isTrue();
        assertThat(vm.dangerProperty().get()).isFalse();
        assertThat(vm.completeBinding().get()).isFalse();
        vm.passwordGivenProperty().set(true);
        assertThat(vm.completeBinding().get()).isTrue();

        AtomicBoolean proceeded = new AtomicBoolean();
        char[] wrong = "nope".toCharArray();
        vm.sign(wrong, () -> proceeded.set(true), busy -> { });
        assertThat(proceeded).isFalse();
        assertThat(vm.errorProperty().get()).isNotBlank();
        assertThat(wrong).containsOnly('\0');

        char[] right = "correct horse".toCharArray();
        vm.sign(right, () -> proceeded.set(true), busy -> { });
        assertThat(proceeded).isTrue();
        assertThat(right).containsOnly('\0');
        assertThat(locked.locked()).isFalse();
    }

    /** Issue 13: Resume shows the steps still to sign before asking. */
    @Test
    void aResumeShowsTheRemainingStepsBeforeAsking() throws Exception {
        EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
        Planned pin = planned(engine, new Intent.PinCid(assets(), CID)).plannedProperty().get();
        Cancellation stopped = Cancellation.create();
        stopped.cancel();
        RunOutcome interrupted = sandbox.engine().apply(pin.plan(), DemoSeed.ACCOUNT_0, SandboxEngine.signer(), pin.digest(),
                RunListener.NONE, stopped);
        assertThat(interrupted.remaining()).isNotEmpty();

        WizardState state = new WizardState(null, null, interrupted.operationId());
        ConfirmViewModel vm = new ConfirmViewModel(state, spec(null), engine, new SyncFxTasks());
        vm.enter();

        assertThat(vm.remaining()).containsExactlyElementsOf(interrupted.remaining());
        assertThat(vm.summaryProperty().get()).contains(interrupted.operationId());
        assertThat(vm.completeBinding().get()).as("nothing to type, the account is unlocked").isTrue();
    }
}
