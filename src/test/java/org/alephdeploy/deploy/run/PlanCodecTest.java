package org.alephdeploy.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alephdeploy.deploy.plan.ArtifactEncoding;
import org.alephdeploy.deploy.plan.ContentTemplate;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Effect;
import org.alephdeploy.deploy.plan.FollowUp;
import org.alephdeploy.deploy.plan.HashSource;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.ReferenceChange;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.deploy.plan.StepRef;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.deploy.plan.Warning;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Reference;
import org.junit.jupiter.api.Test;

class PlanCodecTest {
    private static final String H1 = "a".repeat(64);
    private static final String H2 = "b".repeat(64);
    private static final LocalArtifact ART = new LocalArtifact("/tmp/x.zip", "c".repeat(64), 42, ArtifactEncoding.ZIP, true);
    private static final LocalArtifact PACKED = new LocalArtifact("/tmp/vol", "d".repeat(64), 4096, ArtifactEncoding.SQUASHFS, true,
            List.of(".env", ".git/"));
    private static final SettingsChange CHANGE = new SettingsChange(2, 4096, 60, Map.of("A", "1"), Set.of("B"), true, false,
            List.of(VolumeChange.add("/data", H1, true), VolumeChange.remove("/old"), VolumeChange.addEphemeral("/tmp", 64),
                    VolumeChange.addPersistent("/db", "db", 500, "host"), VolumeChange.resize("/state", 800)),
            List.of(new ReferenceChange(Reference.Role.RUNTIME, null, H2, true)));

    @Test
    void everyIntentSurvivesTheJournal() {
        List<Intent> all = List.of(new Intent.UpdateCode(H1, ART), new Intent.UpdateVolume(H1, ART), new Intent.UploadVolume(ART, "n"),
                new Intent.UpdateVolume(H2, PACKED),
                new Intent.UploadVolume(ART, null), new Intent.PinCid(null, "Qm"), new Intent.PinCid(H1, "Qm"),
                new Intent.Rollback(H1, H2), new Intent.ChangeSettings(H1, CHANGE), new Intent.DeleteProgram(H1, true),
                new Intent.Recreate(H1, CHANGE, ART, true, true), new Intent.Recreate(H1, SettingsChange.none(), null, false, false),
                new Intent.ForgetVolume(H1));
        for (Intent i : all) {
            String text = Json.compact(PlanCodec.encodeIntent(i));
            assertThat(PlanCodec.decodeIntent(Json.parse(text))).as(text).isEqualTo(i);
            assertThat(Json.parse(text).path("kind").asText()).isEqualTo(PlanCodec.kindOf(i));
        }
        assertThat(all.stream().map(Object::getClass).distinct().toList()).as("an example of every intent, so decoding is tested too")
                .containsExactlyInAnyOrder(Intent.class.getPermittedSubclasses());
        assertThat(all.stream().map(PlanCodec::kindOf).distinct()).hasSize(Intent.class.getPermittedSubclasses().length);
    }

    /** A journal written before volume kinds existed: {@code remove} true or an immutable addition. */
    @Test
    void anOlderJournalsVolumeChangesStillDecode() {
        String old = """
                {"kind":"change","program":"%s","change":{"set_variables":{},"remove_variables":[],
                 "volumes":[{"remove":false,"mount":"/data","use_latest":true,"ref":"%s"},{"remove":true,"mount":"/old","use_latest":false}],
                 "references":[]}}""".formatted(H1, H2);
        Intent.ChangeSettings i = (Intent.ChangeSettings) PlanCodec.decodeIntent(Json.parse(old));
        assertThat(i.change().volumes()).containsExactly(VolumeChange.add("/data", H2, true), VolumeChange.remove("/old"));
    }

    @Test
    void anIntentNamesItsTargetFirst() {
        assertThat(new Intent.Rollback(H1, H2).named()).containsExactly(H1, H2);
        assertThat(new Intent.Rollback(H1, H2).target()).isEqualTo(H1);
        assertThat(new Intent.PinCid(H2, "Qm").target()).isEqualTo(H2);
        assertThat(new Intent.PinCid(null, "Qm").target()).as("a new volume has no target yet").isNull();
        assertThat(new Intent.UploadVolume(ART, "n").named()).isEmpty();
        assertThat(new Intent.DeleteProgram(H1, false).target()).isEqualTo(H1);
    }

    @Test
    void everyStepKindSurvivesTheJournalWithItsTemplate() {
        var content = Json.object().put("address", "0xabc").put("item_hash", "<result of step 0>");
        List<Step> steps = List.of(
                new Step.Upload(0, ART, ItemType.STORAGE),
                new Step.PublishStore(1, new ContentTemplate(MessageType.STORE, "TEST", content,
                        List.of(new ContentTemplate.Fill("/item_hash", new StepRef(0)))), "store"),
                new Step.AwaitProcessed(2, new StepRef(1), "wait"),
                new Step.Backup(3, H1),
                new Step.Forget(4, List.of(HashSource.known(H1), HashSource.of(new StepRef(1))), "0xabc", null, "why"),
                new Step.AwaitForgotten(5, List.of(HashSource.known(H1))),
                new Step.PublishProgram(6, new ContentTemplate(MessageType.PROGRAM, "TEST", content, List.of()), "program"));
        Plan plan = new Plan(new Intent.UpdateCode(H1, ART), steps,
                List.of(new Effect(Effect.Kind.HASH_KEPT, H1, "kept"), new Effect(Effect.Kind.CREATED, null, "new")),
                List.of(new Warning(Warning.Kind.PAYMENT, "pay")),
                List.of(new FollowUp("then", new Intent.ForgetVolume(H2)), new FollowUp("ask", null)),
                new CostEstimate("hold", new BigDecimal("1.5"), BigDecimal.ZERO, BigDecimal.ZERO, true, "cost"),
                new BigDecimal("1767225600.5"));

        Plan back = PlanCodec.decode(Json.parse(Json.compact(PlanCodec.encode(plan))));

        assertThat(back).isEqualTo(plan);
        assertThat(back.lines()).isEqualTo(plan.lines());
    }
}
