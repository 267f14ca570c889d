package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.nio.file.Path;

/** Cancellation between steps, resume from the journal, signer checks and signing times, on a sandbox. */
class PlanRunnerTest {
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
        return w.updatableProgram(KEY0, "runner-" + tag);
    }

    @Test
    void aCancelledRunIsResumableAndEndsWithOneNewProgramAndIncreasingTimes() {
        Message p = program("cancel");
        int before = w.programCount(A);
        Plan plan = (Plan) w.engine.plan(new Intent.ChangeSettings(p.itemHash(), SettingsChange.resources(2, null, null)), A, A);
        Cancellation cancel = Cancellation.create();
        List<String> seen = new ArrayList<>();
        RunListener cancelAtForget = new RunListener() {
            @Override
            public void step(int index, int count, String words) {
                seen.add(words);
                if (words.startsWith("forget")) {
                    cancel.cancel();
                }
            }
        };
        RunOutcome stopped = w.engine.apply(plan, A, KEY0, cancelAtForget, cancel);

        assertThat(stopped.status()).isEqualTo(OperationStatus.INTERRUPTED);
        assertThat(stopped.words()).contains("Cancelled").contains("resume");
        assertThat(stopped.remaining()).isNotEmpty();
        assertThat(w.status(p.itemHash())).isEqualTo("processed");
        assertThatThrownBy(() -> w.engine.journal().resume(stopped.operationId(), KEY1, RunListener.NONE, Cancellation.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(A);

        RunOutcome done = w.engine.journal().resume(stopped.operationId(), KEY0, RunListener.NONE, Cancellation.NONE);

        assertThat(done.status()).as(done.words()).isEqualTo(OperationStatus.DONE);
        assertThat(w.status(p.itemHash())).isEqualTo("forgotten");
        assertThat(w.programCount(A)).isEqualTo(before);
        Operation op = w.engine.journal().records(stopped.operationId());
        List<BigDecimal> times = op.signed().values().stream().map(m -> m.content().path("time").decimalValue()).toList();
        assertThat(times).hasSize(2).isSorted().doesNotHaveDuplicates();
        assertThat(times.get(0)).isGreaterThanOrEqualTo(plan.notBefore());
        assertThat(op.backups()).containsKey(p.itemHash());
        assertThatThrownBy(() -> w.engine.journal().resume(stopped.operationId(), KEY0, RunListener.NONE, Cancellation.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("done");
    }

    @Test
    void aFileChangedAfterPlanningStopsTheRunBeforeAnythingIsSent() throws Exception {
        Message p = program("changed");
        Path f = w.file("changed.zip", "PK\u0003\u0004runner changed v2");
        Plan plan = (Plan) w.engine.plan(new Intent.UpdateCode(p.itemHash(), LocalArtifacts.measure(f)), A, A);
        Files.writeString(f, "PK\u0003\u0004runner changed v3");

        RunOutcome o = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);

        assertThat(o.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(o.words()).contains("changed since the plan was made");
        assertThat(o.onNode()).noneMatch(l -> l.contains("sent"));
    }
}
