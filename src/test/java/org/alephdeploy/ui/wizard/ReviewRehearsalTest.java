package org.alephdeploy.ui.wizard;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.Rehearsals;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Rehearse first" on the review page, without the toolkit: one sandbox stands for the real
 * network, a second one holds the copy; the rehearsal runs synchronously.
 */
class ReviewRehearsalTest {
    private static final String REAL = "custom-source";

    private final SandboxWorld source = SandboxWorld.start();
    private final SandboxWorld copy = SandboxWorld.start();
    private final WizardState state = new WizardState(null, null, WizardInputs.NONE);
    private final AtomicReference<String> realNetwork = new AtomicReference<>(REAL);
    private Runnable duringOpen = () -> { };
    private IOException openFailure;
    private final LockedKey0 account = new LockedKey0();
    private final EngineTasks engine = new EngineTasks(() -> source.engine, account).rehearseWith(new Rehearsals() {
        @Override
        public Optional<String> realNetwork() {
            return Optional.ofNullable(realNetwork.get());
        }

        @Override
        public Rehearsal open() throws IOException {
            duringOpen.run();
            if (openFailure != null) {
                throw openFailure;
            }
            return new Rehearsal(source.engine, copy.engine, copy.node.url(), copy.dir.resolve("rehearse"));
        }
    });

    @AfterEach
    void stop() {
        copy.close();
        source.close();
    }

    @Test
    void aRehearsalRunsOnTheCopyAndRunForRealPlansAgainOnTheRealNetwork() {
        String program = program();
        long before = messageCount(source);
        ReviewViewModel vm = review(program);
        vm.plan();
        assertThat(vm.rehearsalSourceProperty().get()).isEqualTo(REAL);
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);

        vm.rehearse();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.DONE);
        assertThat(vm.rehearsalErrorProperty().get()).isNull();
        RehearsalReport report = vm.rehearsalProperty().get();
        assertThat(report.heading()).isEqualTo("REHEARSAL on a local copy — nothing was sent to " + REAL);
        assertThat(report.lines().get(0)).startsWith("Copied ").contains("from " + REAL);
        assertThat(report.doneAndVerified()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.lines()).contains("Done and verified on the copy.");
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(copy.status(program)).isEqualTo("forgotten");
        assertThat(source.status(program)).isEqualTo("processed");
        assertThat(messageCount(source)).isEqualTo(before);

        vm.runForReal();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);
        assertThat(vm.rehearsalProperty().get()).isNull();
        assertThat(vm.reviewProperty().get()).isNotNull();
        assertThat(vm.signable()).isTrue();
        assertThat(messageCount(source)).isEqualTo(before);
    }

    @Test
    void aLockedAccountIsUnlockedWithThePasswordGivenNextToTheButton() {
        account.locked = true;
        ReviewViewModel vm = review(program());
        vm.plan();
        assertThat(vm.rehearsalPasswordNeededProperty().get()).isTrue();

        char[] wrong = "wrong".toCharArray();
        vm.rehearse(wrong);
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.FAILED);
        assertThat(vm.rehearsalErrorProperty().get()).contains("The password is wrong.");
        assertThat(wrong).containsOnly('\0');

        vm.rehearse("secret".toCharArray());
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.DONE);
        assertThat(vm.rehearsalErrorProperty().get()).isNull();
        assertThat(vm.rehearsalPasswordNeededProperty().get()).isFalse();
    }

    @Test
    void onTheSandboxItselfNoRehearsalIsOffered() {
        realNetwork.set(null);
        ReviewViewModel vm = review(program());
        vm.plan();

        assertThat(vm.reviewProperty().get()).isNotNull();
        assertThat(vm.rehearsalSourceProperty().get()).isNull();
        vm.rehearse();
        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.IDLE);
    }

    @Test
    void aFailedRehearsalSaysWhatHappenedAndWhatToDo() {
        openFailure = new IOException("The local sandbox could not start: its port is taken.");
        ReviewViewModel vm = review(program());
        vm.plan();
        vm.rehearse();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.FAILED);
        assertThat(vm.rehearsalProperty().get()).isNull();
        assertThat(vm.rehearsalErrorProperty().get()).contains("its port is taken").contains("Nothing was sent to " + REAL)
                .contains("rehearse again");
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(vm.signable()).isTrue();
    }

    @Test
    void aCancelledRehearsalSendsNothingAndShowsNoResult() {
        String program = program();
        long before = messageCount(source);
        ReviewViewModel vm = review(program);
        vm.plan();
        duringOpen = vm::cancelRehearsal;
        vm.rehearse();

        assertThat(vm.rehearsingProperty().get()).isEqualTo(ReviewViewModel.Rehearsing.CANCELLED);
        assertThat(vm.rehearsalProperty().get()).isNull();
        assertThat(vm.rehearsalErrorProperty().get()).contains("cancelled").contains(REAL);
        assertThat(state.busyProperty().get()).isFalse();
        assertThat(copy.status(program)).isNotEqualTo("forgotten");
        assertThat(messageCount(source)).isEqualTo(before);
    }

    private String program() {
        Message code = source.store(KEY0, "PK\u0003\u0004review rehearsal code", null, "code");
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.allowAmend = true;
        s.name = "review-rehearsal";
        return source.program(KEY0, s).itemHash();
    }

    private static long messageCount(SandboxWorld world) {
        return world.get("/api/v0/messages/hashes?pagination=1").path("pagination_total").asLong();
    }

    private ReviewViewModel review(String program) {
        WizardSpec spec = new WizardSpec() {
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
                return new Intent.Recreate(program, SettingsChange.none(), null, true, false);
            }
        };
        return new ReviewViewModel(state, spec, engine, new SyncFxTasks());
    }

    /** KEY0, locked until given "secret" when {@link #locked} is set. */
    private static final class LockedKey0 implements SignerAccess {
        private volatile boolean locked;

        @Override
        public Optional<String> address() {
            return Optional.of(KEY0.address());
        }

        @Override
        public boolean watchOnly() {
            return false;
        }

        @Override
        public boolean locked() {
            return locked;
        }

        @Override
        public MessageSigner unlock(char[] password) throws UnlockException {
            if (!"secret".equals(new String(password))) {
                throw new UnlockException("The password is wrong.");
            }
            locked = false;
            return KEY0;
        }

        @Override
        public Optional<MessageSigner> signer() {
            return locked ? Optional.empty() : Optional.of(KEY0);
        }
    }
}
