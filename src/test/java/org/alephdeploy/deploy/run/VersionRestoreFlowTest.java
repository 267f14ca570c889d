package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.StepKind;
import org.alephdeploy.deploy.plan.VersionRestore;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.ProgramContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Roll back here" on an amend: the settings change that restores an older version of an
 * amendable program is planned and run as an ordinary amend against the sandbox over HTTP, and
 * the new program carries that version's settings, code and volumes; where it cannot be done
 * (locked, forgotten, nothing differs) the reason says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionRestoreFlowTest {
    private static final String A = KEY0.address();
    private SandboxWorld w;

    @BeforeAll
    void start() {
        w = SandboxWorld.start(node -> { });
    }

    @AfterAll
    void stop() {
        w.close();
    }

    private Signed.ProgramSpec spec(String name, String code) {
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.owner = A;
        s.codeRef = code;
        s.allowAmend = true;
        s.name = name;
        s.time = w.seedTime().longValue() - 1;
        s.runtimeRef = SandboxWorld.RUNTIME;
        return s;
    }

    /** An original with 1 vCPU, GREETING=hello and a persistent volume of 100 MiB; then an amend (not forgetting it) that changes all three and its code. */
    private ProgramView[] chain(String name, boolean amendLocked) {
        Message code1 = w.store(KEY0, "PK\u0003\u0004" + name + "-1", null, null);
        Message code2 = w.store(KEY0, "PK\u0003\u0004" + name + "-2", null, null);
        ObjectNode original = spec(name, code1.itemHash()).content();
        ((ArrayNode) original.get("volumes")).addObject().put("mount", "/state").put("name", "db").put("persistence", "host")
                .put("size_mib", 100);
        Message first = w.publish(Signed.sign(KEY0, MessageType.PROGRAM, ContentWriter.canonicalProgram(original)));
        Signed.ProgramSpec later = spec(name, code2.itemHash());
        later.vcpus = 2;
        later.replaces = first.itemHash();
        later.allowAmend = !amendLocked;
        ObjectNode amend = later.content();
        ((ObjectNode) amend.get("variables")).put("GREETING", "hi").put("MODE", "prod");
        ((ArrayNode) amend.get("volumes")).addObject().put("mount", "/state").put("name", "db").put("persistence", "host")
                .put("size_mib", 300);
        ((ArrayNode) amend.get("volumes")).addObject().put("mount", "/tmp").put("ephemeral", true).put("size_mib", 8);
        Message second = w.publish(Signed.sign(KEY0, MessageType.PROGRAM, ContentWriter.canonicalProgram(amend)));
        ProgramChain c = w.engine.context(A, A, false).inventory().programs().stream()
                .filter(p -> p.original().itemHash().equals(first.itemHash())).findFirst().orElseThrow();
        return new ProgramView[] {c.version(first.itemHash()).orElseThrow(), c.version(second.itemHash()).orElseThrow()};
    }

    @Test
    void rollingBackToTheOriginalPlansAnAmendThatCarriesItsSettingsCodeAndVolumesAgain() {
        ProgramView[] versions = chain("restore-me", false);
        VersionRestore.Result r = VersionRestore.of(versions[1], versions[0]);
        assertThat(r.cannot()).isNull();

        PlanResult planned = w.engine.plan(r.intent(), A, A);
        assertThat(planned).as(planned instanceof Refusal f ? f.reason() : "plan").isInstanceOf(Plan.class);
        Plan plan = (Plan) planned;
        RunOutcome o = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);
        assertThat(o.status()).as(o.words()).isEqualTo(OperationStatus.DONE);

        String restored = plan.steps().stream().filter(s -> s.kind() == StepKind.PUBLISH_PROGRAM).map(s -> o.results().get(s.index()))
                .findFirst().orElseThrow();
        JsonNode now = w.content(restored);
        JsonNode then = versions[0].message().content();
        assertThat(now.path("replaces").asText()).isEqualTo(versions[1].itemHash());
        assertThat(now.path("resources").path("vcpus").asInt()).isEqualTo(1);
        assertThat(now.path("variables")).isEqualTo(then.path("variables"));
        assertThat(now.path("code").path("ref").asText()).isEqualTo(then.path("code").path("ref").asText());
        assertThat(new ProgramContent((ObjectNode) now).volumes()).isEqualTo(versions[0].content().volumes());
        assertThat(w.status(restored)).isEqualTo("processed");
    }

    @Test
    void aLockedProgramAForgottenVersionAndAnIdenticalOneSayWhyInsteadOfOfferingTheButton() {
        ProgramView[] locked = chain("locked-now", true);
        assertThat(VersionRestore.of(locked[1], locked[0]).cannot()).contains("locked (allow_amend false)").contains("re-create");

        ProgramView[] versions = chain("forgotten-one", false);
        PlanResult forget = w.engine.plan(new Intent.ChangeSettings(versions[1].itemHash(),
                SettingsChange.resources(3, null, null)), A, A);
        RunOutcome o = w.engine.apply((Plan) forget, A, KEY0, RunListener.NONE, Cancellation.NONE);
        assertThat(o.status()).isEqualTo(OperationStatus.DONE);
        ProgramChain after = w.engine.context(A, A, false).inventory().programs().stream()
                .filter(p -> p.original().itemHash().equals(versions[0].itemHash())).findFirst().orElseThrow();
        ProgramView gone = after.version(versions[1].itemHash()).orElseThrow();
        assertThat(VersionRestore.of(after.current(), gone).cannot()).contains("forgotten");

        assertThat(VersionRestore.of(versions[1], versions[1]).cannot()).contains("nothing to restore");
    }
}
