package org.alephdeploy.deploy.run;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.outcome.VerificationCheck;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.StepKind;
import org.alephdeploy.message.Message;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every row of the PRODUCT.md decision table, end to end on a sandbox node over HTTP: plan →
 * apply → the node's final state read raw (status, by-ref, listings), not through the inventory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineFlowsTest {
    private static final String A = KEY0.address();
    private SandboxWorld w;

    /** How the node runs; a subclass adds faults. */
    void configure(SandboxOptions.Builder node) {
    }

    @BeforeAll
    void start() {
        w = SandboxWorld.start(this::configure);
    }

    @AfterAll
    void stop() {
        w.close();
    }

    private Signed.ProgramSpec spec(String codeRef, boolean codeLatest, boolean allowAmend, String volumeRef, boolean volumeLatest) {
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = codeRef;
        s.codeLatest = codeLatest;
        s.allowAmend = allowAmend;
        s.volumeRef = volumeRef;
        s.volumeLatest = volumeLatest;
        s.name = "app-" + codeRef.substring(0, 6);
        return s;
    }

    private Plan plan(Intent intent) {
        PlanResult r = w.engine.plan(intent, A, A);
        assertThat(r).as(r instanceof Refusal f ? f.reason() : "plan").isInstanceOf(Plan.class);
        return (Plan) r;
    }

    private RunOutcome apply(Plan plan) {
        RunOutcome o = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);
        assertThat(o.status()).as(o.words() + " " + o.checks()).isEqualTo(OperationStatus.DONE);
        assertThat(o.checks()).isNotEmpty().allMatch(VerificationCheck::ok);
        return o;
    }

    private LocalArtifact zip(String name, String text) throws IOException {
        Path p = w.file(name, "PK\u0003\u0004" + text);
        return LocalArtifacts.measure(p);
    }

    private static String newHash(RunOutcome o, Plan plan, StepKind kind) {
        for (var s : plan.steps()) {
            if (s.kind() == kind) {
                return o.results().get(s.index());
            }
        }
        throw new AssertionError("no " + kind + " step");
    }

    @Test
    void updateCodeThatFollowsLatestPublishesARevisionAndKeepsTheProgramHash() throws IOException {
        Message code = w.store(KEY0, "PK\u0003\u0004code-a-1", null, "code a");
        Message program = w.program(KEY0, spec(code.itemHash(), true, true, null, true));
        LocalArtifact art = zip("a2.zip", "code-a-2");

        Plan plan = plan(new Intent.UpdateCode(program.itemHash(), art));
        assertThat(plan.kinds()).containsExactly(StepKind.UPLOAD, StepKind.PUBLISH_STORE, StepKind.AWAIT_PROCESSED);
        RunOutcome o = apply(plan);

        assertThat(w.latestFile(code.itemHash())).isEqualTo(art.sha256());
        assertThat(w.status(program.itemHash())).isEqualTo("processed");
        String revision = newHash(o, plan, StepKind.PUBLISH_STORE);
        assertThat(w.content(revision).path("ref").asText()).isEqualTo(code.itemHash());
    }

    @Test
    void updateCodeOfAPinnedUpdatableProgramAmendsItAndForgetsTheOld() throws IOException {
        Message code = w.store(KEY0, "PK\u0003\u0004code-b-1", null, "code b");
        Message program = w.program(KEY0, spec(code.itemHash(), false, true, null, true));
        int before = w.programCount(A);
        LocalArtifact art = zip("b2.zip", "code-b-2");

        Plan plan = plan(new Intent.UpdateCode(program.itemHash(), art));
        assertThat(plan.kinds()).contains(StepKind.PUBLISH_PROGRAM, StepKind.FORGET);
        RunOutcome o = apply(plan);

        String amended = newHash(o, plan, StepKind.PUBLISH_PROGRAM);
        assertThat(w.status(amended)).isEqualTo("processed");
        assertThat(w.status(program.itemHash())).isEqualTo("forgotten");
        assertThat(w.content(amended).path("replaces").asText()).isEqualTo(program.itemHash());
        String newCode = w.content(amended).path("code").path("ref").asText();
        assertThat(w.content(newCode).path("item_hash").asText()).isEqualTo(art.sha256());
        assertThat(w.content(amended).path("code").path("use_latest").asBoolean()).isTrue();
        assertThat(w.programCount(A)).isEqualTo(before);
        assertThat(Files.exists(w.dir.resolve("data/backups/" + program.itemHash() + ".json"))).isTrue();
    }

    @Test
    void updateCodeOfAPinnedImmutableProgramIsRefusedWithRecreateWhichGivesANewProgram() throws IOException {
        Message code = w.store(KEY0, "PK\u0003\u0004code-c-1", null, "code c");
        Message program = w.program(KEY0, spec(code.itemHash(), false, false, null, true));
        LocalArtifact art = zip("c2.zip", "code-c-2");

        PlanResult r = w.engine.plan(new Intent.UpdateCode(program.itemHash(), art), A, A);
        assertThat(r).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) r;
        assertThat(refusal.alternative()).isInstanceOf(Intent.Recreate.class);

        int before = w.programCount(A);
        Plan plan = plan(refusal.alternative());
        RunOutcome o = apply(plan);
        String created = newHash(o, plan, StepKind.PUBLISH_PROGRAM);
        assertThat(w.status(created)).isEqualTo("processed");
        assertThat(w.status(program.itemHash())).isEqualTo("forgotten");
        assertThat(w.content(created).has("replaces") && !w.content(created).get("replaces").isNull()).isFalse();
        assertThat(w.content(created).path("allow_amend").asBoolean()).isTrue();
        assertThat(w.programCount(A)).isEqualTo(before);
        assertThat(Files.exists(w.dir.resolve("data/backups/" + program.itemHash() + ".json"))).isTrue();
    }

    @Test
    void changeSettingsAmendsAnUpdatableProgram() {
        Message code = w.store(KEY0, "PK\u0003\u0004code-d-1", null, "code d");
        Message program = w.program(KEY0, spec(code.itemHash(), true, true, null, true));

        Plan plan = plan(new Intent.ChangeSettings(program.itemHash(), SettingsChange.resources(2, 4096, null)));
        RunOutcome o = apply(plan);

        String amended = newHash(o, plan, StepKind.PUBLISH_PROGRAM);
        assertThat(w.content(amended).path("resources").path("vcpus").asInt()).isEqualTo(2);
        assertThat(w.content(amended).path("resources").path("memory").asInt()).isEqualTo(4096);
        assertThat(w.status(program.itemHash())).isEqualTo("forgotten");
    }

    @Test
    void changeSettingsOfAnImmutableProgramIsRefusedAndRecreateKeepsTheOldUntilTheNewIsProcessed() {
        Message code = w.store(KEY0, "PK\u0003\u0004code-e-1", null, "code e");
        Message program = w.program(KEY0, spec(code.itemHash(), true, false, null, true));

        PlanResult r = w.engine.plan(new Intent.ChangeSettings(program.itemHash(), SettingsChange.resources(null, null, 60)), A, A);
        assertThat(r).isInstanceOf(Refusal.class);
        Plan plan = plan(((Refusal) r).alternative());
        List<StepKind> kinds = plan.kinds();
        assertThat(kinds.indexOf(StepKind.PUBLISH_PROGRAM)).isLessThan(kinds.indexOf(StepKind.FORGET));
        RunOutcome o = apply(plan);
        String created = newHash(o, plan, StepKind.PUBLISH_PROGRAM);
        assertThat(w.content(created).path("resources").path("seconds").asInt()).isEqualTo(60);
        assertThat(w.status(program.itemHash())).isEqualTo("forgotten");
    }

    @Test
    void updateVolumeRevisesTheRootAndProgramsFollowingItPickItUp() throws IOException {
        Message code = w.store(KEY0, "PK\u0003\u0004code-f-1", null, "code f");
        Message vol = w.store(KEY0, "volume f v1", null, "vol f");
        Message follows = w.program(KEY0, spec(code.itemHash(), true, true, vol.itemHash(), true));
        Message pinned = w.program(KEY0, spec(code.itemHash(), true, true, vol.itemHash(), false));
        LocalArtifact art = LocalArtifacts.measure(w.file("vf2", "hsqs volume f v2"));

        Plan plan = plan(new Intent.UpdateVolume(vol.itemHash(), art));
        assertThat(plan.followUps()).anyMatch(f -> f.words().contains(pinned.itemHash()));
        apply(plan);

        assertThat(w.latestFile(vol.itemHash())).isEqualTo(art.sha256());
        assertThat(w.status(follows.itemHash())).isEqualTo("processed");
        assertThat(w.content(pinned.itemHash()).path("volumes").get(0).path("use_latest").asBoolean()).isFalse();
    }

    @Test
    void uploadCreatesANewVolumeAndRollbackRestoresAnOlderFileWithoutUpload() throws IOException {
        LocalArtifact v1 = LocalArtifacts.measure(w.file("g1", "volume g v1"));
        Plan up = plan(new Intent.UploadVolume(v1, "vol g"));
        RunOutcome o = apply(up);
        String root = newHash(o, up, StepKind.PUBLISH_STORE);
        assertThat(w.status(root)).isEqualTo("processed");
        assertThat(w.latestFile(root)).isEqualTo(v1.sha256());

        LocalArtifact v2 = LocalArtifacts.measure(w.file("g2", "volume g v2"));
        apply(plan(new Intent.UpdateVolume(root, v2)));
        assertThat(w.latestFile(root)).isEqualTo(v2.sha256());

        Plan back = plan(new Intent.Rollback(root, root));
        assertThat(back.kinds()).doesNotContain(StepKind.UPLOAD);
        apply(back);
        assertThat(w.latestFile(root)).isEqualTo(v1.sha256());
    }

    @Test
    void deleteForgetsTheProgramThenItsUnusedVolumesAndKeepsSharedOnes() {
        Message code = w.store(KEY0, "PK\u0003\u0004code-h-1", null, "code h");
        Message shared = w.store(KEY0, "volume h shared", null, "vol h shared");
        Message own = w.store(KEY0, "volume h own", null, "vol h own");
        Message p = w.program(KEY0, spec(code.itemHash(), true, true, own.itemHash(), true));
        Signed.ProgramSpec otherSpec = spec(code.itemHash(), true, true, shared.itemHash(), true);
        otherSpec.name = "other-h";
        Message other = w.program(KEY0, otherSpec);
        Signed.ProgramSpec withShared = spec(code.itemHash(), true, true, shared.itemHash(), true);
        Message q = w.program(KEY0, withShared);

        Plan plan = plan(new Intent.DeleteProgram(q.itemHash(), true));
        apply(plan);
        assertThat(w.status(q.itemHash())).isEqualTo("forgotten");
        assertThat(w.status(shared.itemHash())).isEqualTo("processed");
        assertThat(w.status(code.itemHash())).isEqualTo("processed");
        assertThat(w.status(other.itemHash())).isEqualTo("processed");

        apply(plan(new Intent.DeleteProgram(p.itemHash(), true)));
        assertThat(w.status(p.itemHash())).isEqualTo("forgotten");
        assertThat(w.status(own.itemHash())).isEqualTo("forgotten");
        assertThat(w.status(code.itemHash())).isEqualTo("processed");
    }

    @Test
    void forgetVolumeForgetsRootAndRevisionsAndIsRefusedWhileAProgramOfAnotherOwnerUsesIt() {
        Message vol = w.store(KEY0, "volume i v1", null, "vol i");
        Message rev = w.store(KEY0, "volume i v2", vol.itemHash(), null);
        apply(plan(new Intent.ForgetVolume(vol.itemHash())));
        assertThat(w.status(vol.itemHash())).isEqualTo("forgotten");
        assertThat(w.status(rev.itemHash())).isEqualTo("forgotten");

        Message used = w.store(KEY0, "volume j v1", null, "vol j");
        Message code = w.store(KEY0, "PK\u0003\u0004code-j-1", null, "code j");
        Message p = w.program(KEY0, spec(code.itemHash(), true, true, used.itemHash(), true));
        PlanResult r = w.engine.plan(new Intent.ForgetVolume(used.itemHash()), A, A);
        assertThat(r).isInstanceOf(Refusal.class);
        assertThat(((Refusal) r).reason()).contains(p.itemHash());
        assertThat(w.status(used.itemHash())).isEqualTo("processed");
    }

    @Test
    void aProgramOfAnotherOwnerIsRefused() {
        Message code = w.store(KEY1, "PK\u0003\u0004code-k-1", null, "code k");
        Message p = w.program(KEY1, spec(code.itemHash(), true, true, null, true));
        PlanResult r = w.engine.plan(new Intent.DeleteProgram(p.itemHash(), false), A, A);
        assertThat(r).isInstanceOf(Refusal.class);
        assertThat(w.status(p.itemHash())).isEqualTo("processed");
    }

    @Test
    void pinCidAsANewVolumeAndAsARevision() {
        String cid1 = w.client.ipfsAddFile(w.file("ipfs1", "ipfs content 1"), null, false, null, null).cid();
        Plan plan = plan(new Intent.PinCid(null, cid1));
        RunOutcome o = apply(plan);
        String root = newHash(o, plan, StepKind.PUBLISH_STORE);
        assertThat(w.content(root).path("item_type").asText()).isEqualTo("ipfs");
        assertThat(w.latestFile(root)).isEqualTo(cid1);

        String cid2 = w.client.ipfsAddFile(w.file("ipfs2", "ipfs content 2"), null, false, null, null).cid();
        apply(plan(new Intent.PinCid(root, cid2)));
        assertThat(w.latestFile(root)).isEqualTo(cid2);
    }

    @Test
    void aRejectionStopsTheRunWithTheNodesReasonAndWhatToDo() {
        String unknownCid = "QmYULJoNGPDmoRq4WNWTDTUvJGJv1hosox8H6vVd1kCsY8";
        Plan plan = plan(new Intent.PinCid(null, unknownCid));
        RunOutcome o = w.engine.apply(plan, A, KEY0, RunListener.NONE, Cancellation.NONE);

        assertThat(o.status()).isEqualTo(OperationStatus.FAILED);
        assertThat(o.errorCode()).isEqualTo(4);
        assertThat(o.words()).contains("rejected").contains("file");
        assertThat(o.done()).hasSize(1);
        assertThat(o.remaining()).hasSize(1);
        assertThat(o.onNode()).anyMatch(l -> l.contains("new volume"));
        assertThat(o.howToGoBack()).isNotEmpty();
        assertThat(w.engine.journal().show(o.operationId()).status()).isEqualTo(OperationStatus.FAILED);
    }
}
