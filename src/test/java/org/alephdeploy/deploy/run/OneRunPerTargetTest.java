package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.OperationSummary;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.Message;
import org.alephdeploy.platform.FileLocks;
import org.alephdeploy.platform.LockHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One operation at a time per (network, owner, target), across processes: a second run on the same
 * program is refused before anything is journaled or signed, a resume or an abandon of an operation
 * another process holds is refused, and other programs are not held up.
 */
class OneRunPerTargetTest {
    private static SandboxWorld w;
    private static final String A = KEY0.address();

    @BeforeAll
    static void start() {
        w = SandboxWorld.start();
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static Message program(String tag) {
        return w.updatableProgram(KEY0, "one-run-" + tag);
    }

    private static Plan plan(Message p, int vcpus) {
        return (Plan) w.engine.plan(new Intent.ChangeSettings(p.itemHash(), SettingsChange.resources(vcpus, null, null)), A, A);
    }

    private static Path journalDir() {
        return w.dir.resolve("data").resolve("journal");
    }

    private static List<String> operations() {
        return w.engine.journal().list().stream().map(OperationSummary::id).toList();
    }

    @Test
    void aSecondRunOnTheSameProgramIsRefusedBeforeAnythingIsJournaledOrSigned() throws Exception {
        Message p = program("same");
        Message other = program("other");
        Plan plan = plan(p, 2);
        List<String> before = operations();
        int programs = w.programCount(A);
        try (FileLocks running = FileLocks.tryAcquire(TargetLock.file(journalDir(), "sandbox", A, p.itemHash()))) {
            assertThat(running).isNotNull();
            assertThatThrownBy(() -> w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another window or process is running an operation on " + p.itemHash())
                    .hasMessageContaining("did not start").hasMessageContaining("then plan again");
            assertThat(operations()).isEqualTo(before);
            assertThat(w.status(p.itemHash())).isEqualTo("processed");

            RunOutcome elsewhere = w.engine.apply(plan(other, 2), A, KEY0, RunListener.NONE, Cancellation.NONE);
            assertThat(elsewhere.status()).as("another program is not held up").isEqualTo(OperationStatus.DONE);
        }
        assertThat(w.programCount(A)).isEqualTo(programs);

        try (LockHolder otherProcess = LockHolder.hold(TargetLock.file(journalDir(), "sandbox", A, p.itemHash()))) {
            assertThatThrownBy(() -> w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Another window or process");
        }
        RunOutcome done = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);
        assertThat(done.status()).as(done.words()).isEqualTo(OperationStatus.DONE);
    }

    @Test
    void aResumeOrAnAbandonOfAnOperationAnotherProcessHoldsIsRefused() throws Exception {
        Message p = program("resume");
        String id = crashedBeforeItsFirstStep(plan(p, 2));

        try (LockHolder otherProcess = LockHolder.hold(TargetLock.file(journalDir(), "sandbox", A, p.itemHash()))) {
            assertThatThrownBy(() -> w.engine.journal().resume(id, KEY0, RunListener.NONE, Cancellation.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Another window or process");
        }
        try (LockHolder runner = LockHolder.hold(journalDir().resolve(id + ".lock"))) {
            assertThat(w.engine.journal().show(id).status()).isEqualTo(OperationStatus.RUNNING);
            assertThatThrownBy(() -> w.engine.journal().resume(id, KEY0, RunListener.NONE, Cancellation.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("being run by another window or process");
            assertThatThrownBy(() -> w.engine.journal().abandon(id))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("being run by another window or process");
        }
        assertThat(w.engine.journal().records(id).signed()).isEmpty();
        assertThat(w.engine.journal().show(id).status()).isEqualTo(OperationStatus.INTERRUPTED);

        RunOutcome done = w.engine.journal().resume(id, KEY0, RunListener.NONE, Cancellation.NONE);
        assertThat(done.status()).as(done.words()).isEqualTo(OperationStatus.DONE);
        assertThatThrownBy(() -> w.engine.journal().abandon(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is done");
    }

    private static String crashedBeforeItsFirstStep(Plan plan) {
        List<String> before = operations();
        RunListener crash = new RunListener() {
            @Override
            public void step(int index, int count, String words) {
                throw new SimulatedCrash();
            }
        };
        assertThatThrownBy(() -> w.engine.apply(plan, A, KEY0, crash, Cancellation.NONE)).isInstanceOf(SimulatedCrash.class);
        return operations().stream().filter(x -> !before.contains(x)).findFirst().orElseThrow();
    }

    /** The process stopping between journaling the operation and its first step. */
    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
