package org.alephdeploy.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review page's state without the toolkit: planning runs synchronously against a demo sandbox. */
class ReviewViewModelTest {
    private final SandboxEngine sandbox = SandboxEngine.start();
    private final EngineTasks engine = new EngineTasks(sandbox::engine, SandboxEngine.account());
    private final WizardState state = new WizardState(null, null, WizardInputs.NONE);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** A wizard whose intent is made from the program of {@code name}. */
    private WizardSpec spec(String name, Function<String, Intent> intent) {
        Inventory inv = sandbox.engine().context(DemoSeed.ACCOUNT_0, DemoSeed.ACCOUNT_0, false).inventory();
        String hash = inv.programs().stream().map(c -> c.current()).filter(p -> name.equals(p.name())).map(ProgramView::itemHash)
                .findFirst().orElseThrow();
        return new WizardSpec() {
            @Override
            public String titleKey() {
                return "wizard.review.title";
            }

            @Override
            public List<String> inputPages() {
                return List.of();
            }

            @Override
            public Path artifact(WizardState s) {
                return null;
            }

            @Override
            public Intent intent(WizardState s, LocalArtifact artifact) {
                return intent.apply(hash);
            }
        };
    }

    @Test
    void aPlanIsToldPlainlyAndCanBeSigned() {
        ReviewViewModel vm = new ReviewViewModel(state, spec(DemoSeed.WEB_API,
                h -> new Intent.ChangeSettings(h, SettingsChange.resources(2, null, null))), engine, new SyncFxTasks());
        vm.plan();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.reviewProperty().get().summary()).isEqualTo(DemoSeed.WEB_API + " · new URL · settings change");
        assertThat(vm.signable()).isTrue();
        assertThat(state.plannedProperty().get().digest()).hasSize(64);
    }

    @Test
    void aRefusalOffersItsAlternativeInsteadOfAnError() {
        ReviewViewModel vm = new ReviewViewModel(state, spec(DemoSeed.STATIC_SITE,
                h -> new Intent.ChangeSettings(h, SettingsChange.resources(2, null, null))), engine, new SyncFxTasks());
        vm.plan();

        assertThat(vm.reviewProperty().get()).isNull();
        assertThat(vm.refusalProperty().get()).containsIgnoringCase("immutable");
        assertThat(vm.alternativeProperty().get()).isNotBlank();
        assertThat(vm.alternativeIntent()).get().isInstanceOf(Intent.Recreate.class);
        assertThat(vm.signable()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void aFailedPlanningSaysWhatToDo() {
        SignerAccess nobody = new SignerAccess() {
            @Override
            public Optional<String> address() {
                return Optional.empty();
            }

            @Override
            public boolean watchOnly() {
                return false;
            }

            @Override
            public boolean locked() {
                return true;
            }

            @Override
            public MessageSigner unlock(char[] password) throws UnlockException {
                throw new UnlockException("no account");
            }

            @Override
            public Optional<MessageSigner> signer() {
                return Optional.empty();
            }
        };
        ReviewViewModel vm = new ReviewViewModel(state, spec(DemoSeed.WEB_API,
                h -> new Intent.ChangeSettings(h, SettingsChange.resources(2, null, null))),
                new EngineTasks(sandbox::engine, nobody), new SyncFxTasks());
        vm.plan();

        assertThat(vm.errorProperty().get()).contains("No account is chosen");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.signable()).isFalse();
    }
}
