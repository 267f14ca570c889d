package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.StepKind;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The settings change adds, resizes and removes ephemeral and persistent volumes by amending the
 * program, against the sandbox over HTTP: the node accepts the result, a resize keeps the volume's
 * other fields, and what the network or the compute node would refuse is refused before signing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolumeSettingsFlowTest {
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

    /** An amendable program with a persistent host volume at /state (with a comment) and an ephemeral one at /scratch. */
    private Message programWithVolumes(String name) {
        Message code = w.store(KEY0, "PK\u0003\u0004" + name, null, null);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.owner = A;
        s.codeRef = code.itemHash();
        s.allowAmend = true;
        s.name = name;
        s.time = w.seedTime().longValue() - 1;
        s.runtimeRef = SandboxWorld.RUNTIME;
        ObjectNode c = s.content();
        ArrayNode volumes = (ArrayNode) c.get("volumes");
        volumes.addObject().put("comment", "database files").put("mount", "/state").put("name", "db").put("persistence", "host")
                .put("size_mib", 500);
        volumes.addObject().put("mount", "/scratch").put("ephemeral", true).put("size_mib", 10);
        return w.publish(Signed.sign(KEY0, MessageType.PROGRAM, ContentWriter.canonicalProgram(c)));
    }

    private PlanResult plan(String program, VolumeChange... changes) {
        return w.engine.plan(new Intent.ChangeSettings(program, new SettingsChange(null, null, null, null, null, null, null,
                List.of(changes), null)), A, A);
    }

    private static JsonNode at(JsonNode content, String mount) {
        for (JsonNode v : content.path("volumes")) {
            if (mount.equals(v.path("mount").asText())) {
                return v;
            }
        }
        return null;
    }

    @Test
    void resizingAddingAndRemovingVolumesAmendsTheProgramAndKeepsEachVolumesOtherFields() {
        Message program = programWithVolumes("vol-edit");
        PlanResult r = plan(program.itemHash(), VolumeChange.resize("/state", 800), VolumeChange.remove("/scratch"),
                VolumeChange.addEphemeral("/tmp", 64), VolumeChange.addPersistent("/cache", "cache", 100, "host"));
        assertThat(r).as(r instanceof Refusal f ? f.reason() : "plan").isInstanceOf(Plan.class);
        Plan plan = (Plan) r;

        RunOutcome o = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);

        assertThat(o.status()).as(o.words()).isEqualTo(OperationStatus.DONE);
        String amended = plan.steps().stream().filter(s -> s.kind() == StepKind.PUBLISH_PROGRAM).map(s -> o.results().get(s.index()))
                .findFirst().orElseThrow();
        JsonNode content = w.content(amended);
        assertThat(w.status(amended)).isEqualTo("processed");
        JsonNode state = at(content, "/state");
        assertThat(state.path("size_mib").asInt()).isEqualTo(800);
        assertThat(state.path("comment").asText()).as("a resize keeps the comment").isEqualTo("database files");
        assertThat(state.path("name").asText()).isEqualTo("db");
        assertThat(state.path("persistence").asText()).isEqualTo("host");
        assertThat(at(content, "/scratch")).isNull();
        assertThat(at(content, "/tmp").path("ephemeral").asBoolean()).isTrue();
        assertThat(at(content, "/tmp").path("size_mib").isInt()).as("sizes are JSON integers (strict)").isTrue();
        assertThat(at(content, "/cache").path("persistence").asText()).isEqualTo("host");
        assertThat(at(content, "/cache").path("size_mib").asInt()).isEqualTo(100);
        assertThat(content.path("metadata").path("name").asText()).isEqualTo("vol-edit");
    }

    @Test
    void sizesOutsideTheNetworksLimitsAStorePersistenceAndATakenMountAreRefusedBeforeSigning() {
        Message program = programWithVolumes("vol-limits");
        assertThat(((Refusal) plan(program.itemHash(), VolumeChange.addEphemeral("/big", 1001))).reason())
                .contains("between 1 and 1000 MiB").contains("1001");
        assertThat(((Refusal) plan(program.itemHash(), VolumeChange.resize("/state", 1_953_126))).reason())
                .contains("between 1 and 1953125 MiB");
        assertThat(((Refusal) plan(program.itemHash(), VolumeChange.addPersistent("/s", "s", 10, "store"))).reason())
                .contains("only create 'host'");
        assertThat(((Refusal) plan(program.itemHash(), VolumeChange.addEphemeral("/state", 10))).reason())
                .contains("already mounted at /state");
        assertThat(((Refusal) plan(program.itemHash(), VolumeChange.addEphemeral("relative", 10))).reason())
                .contains("must be absolute");
    }
}
