package org.alephdeploy.deploy.plan;

import static org.alephdeploy.deploy.Signed.A;
import static org.alephdeploy.deploy.plan.StepKind.AWAIT_FORGOTTEN;
import static org.alephdeploy.deploy.plan.StepKind.AWAIT_PROCESSED;
import static org.alephdeploy.deploy.plan.StepKind.BACKUP;
import static org.alephdeploy.deploy.plan.StepKind.FORGET;
import static org.alephdeploy.deploy.plan.StepKind.PUBLISH_PROGRAM;
import static org.alephdeploy.deploy.plan.StepKind.PUBLISH_STORE;
import static org.alephdeploy.deploy.plan.StepKind.UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.plan.PlanWorld.Owner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.alephdeploy.deploy.Signed;

/**
 * Every combination of allow_amend × code use_latest × volume use_latest × who signs × intent,
 * against an oracle written from PRODUCT.md's decision table.
 */
class PlannerMatrixTest {
    enum Kind { UPDATE_CODE, CHANGE_SETTINGS, UPDATE_VOLUME, PIN_CID, ROLLBACK, DELETE_PROGRAM, RECREATE, RECREATE_WITH_CODE,
        FORGET_VOLUME, UPLOAD_VOLUME }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (boolean amend : new boolean[] {true, false}) {
            for (boolean codeLatest : new boolean[] {true, false}) {
                for (boolean volumeLatest : new boolean[] {true, false}) {
                    for (Owner owner : Owner.values()) {
                        for (Kind kind : Kind.values()) {
                            out.add(Arguments.of(amend, codeLatest, volumeLatest, owner, kind));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "allow_amend={0} code_latest={1} volume_latest={2} signer={3} {4}")
    @MethodSource("matrix")
    void choosesThePathOfTheDecisionTable(boolean allowAmend, boolean codeLatest, boolean volumeLatest, Owner owner, Kind kind) {
        PlanWorld w = new PlanWorld(allowAmend, codeLatest, volumeLatest);
        Inventory inv = w.inventory(owner);
        String p = w.program.itemHash();
        Intent intent = intent(kind, w);

        PlanResult result = Planner.plan(intent, PlanWorld.context(inv, PlanWorld.signer(owner), PlanWorld.richFunds()));

        if (owner == Owner.OTHER_UNAUTHORISED) {
            assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.reason()).contains("not authorised");
                assertThat(r.alternative()).isNull();
            });
            return;
        }
        switch (kind) {
            case UPDATE_CODE -> {
                if (codeLatest) {
                    assertPlan(result, List.of(UPLOAD, PUBLISH_STORE, AWAIT_PROCESSED), Effectness.KEPT, p);
                    assertThat(storeRef(result)).isEqualTo(w.code.itemHash());
                } else if (allowAmend) {
                    Plan plan = assertPlan(result, List.of(UPLOAD, PUBLISH_STORE, AWAIT_PROCESSED, PUBLISH_PROGRAM, AWAIT_PROCESSED,
                            FORGET, AWAIT_FORGOTTEN), Effectness.NEW, p);
                    ObjectNode c = programTemplate(plan);
                    assertThat(c.path("replaces").asText()).isEqualTo(p);
                    assertThat(c.path("code").path("use_latest").asBoolean()).isTrue();
                    assertThat(storeRef(result)).isNull();
                    assertThat(plan.hasWarning(Warning.Kind.NEW_HASH_AND_URL)).isTrue();
                } else {
                    assertRefusedWith(result, new Intent.Recreate(p, SettingsChange.none(), PlanWorld.ZIP, true));
                }
            }
            case CHANGE_SETTINGS -> {
                if (allowAmend) {
                    Plan plan = assertPlan(result, List.of(PUBLISH_PROGRAM, AWAIT_PROCESSED, FORGET, AWAIT_FORGOTTEN), Effectness.NEW, p);
                    ObjectNode c = programTemplate(plan);
                    assertThat(c.path("resources").path("memory").asInt()).isEqualTo(512);
                    assertThat(c.path("variables").path("GREETING").asText()).as("unchanged fields kept").isEqualTo("hello");
                    assertThat(c.path("code").path("use_latest").asBoolean()).isEqualTo(codeLatest);
                } else {
                    assertRefusedWith(result, new Intent.Recreate(p, memory512(), null, true));
                }
            }
            case UPDATE_VOLUME, PIN_CID, ROLLBACK -> {
                List<StepKind> steps = kind == Kind.UPDATE_VOLUME ? List.of(UPLOAD, PUBLISH_STORE, AWAIT_PROCESSED)
                        : List.of(PUBLISH_STORE, AWAIT_PROCESSED);
                Plan plan = assertPlan(result, steps, Effectness.NONE, p);
                assertThat(plan.effects(Effect.Kind.HASH_KEPT)).extracting(Effect::subject).containsExactly(w.vol.itemHash());
                assertThat(storeRef(result)).isEqualTo(w.vol.itemHash());
                if (volumeLatest) {
                    assertThat(plan.effects(Effect.Kind.PICKS_UP)).extracting(Effect::subject).contains(p);
                    assertThat(plan.followUps()).isEmpty();
                } else {
                    assertThat(plan.effects(Effect.Kind.STAYS_PINNED)).extracting(Effect::subject).containsExactly(p);
                    assertThat(plan.followUps()).singleElement().satisfies(f -> assertThat(f.intent())
                            .isInstanceOf(allowAmend ? Intent.ChangeSettings.class : Intent.Recreate.class));
                }
                if (kind == Kind.ROLLBACK) {
                    assertThat(plan.steps().get(0)).isInstanceOfSatisfying(Step.PublishStore.class, s -> assertThat(
                            s.template().content().path("item_hash").asText()).isEqualTo(Signed.fileHash("vol v1")));
                }
            }
            case DELETE_PROGRAM -> {
                Plan plan = assertPlan(result, List.of(BACKUP, FORGET, AWAIT_FORGOTTEN, FORGET, AWAIT_FORGOTTEN), Effectness.NONE, p);
                assertThat(((Step.Forget) plan.steps().get(1)).hashes()).extracting(Object::toString).containsExactly(p);
                assertThat(((Step.Forget) plan.steps().get(3)).hashes()).extracting(Object::toString).containsExactlyInAnyOrder(
                        w.code.itemHash(), w.code2.itemHash(), w.vol.itemHash(), w.vol2.itemHash());
                assertThat(plan.effects(Effect.Kind.KEPT)).singleElement()
                        .satisfies(e -> assertThat(e.subject()).isEqualTo(w.runtime.itemHash()));
            }
            case RECREATE -> {
                Plan plan = assertPlan(result, List.of(BACKUP, PUBLISH_PROGRAM, AWAIT_PROCESSED, FORGET, AWAIT_FORGOTTEN),
                        Effectness.NEW, p);
                ObjectNode c = programTemplate(plan);
                assertThat(c.has("replaces")).isFalse();
                assertThat(c.path("allow_amend").asBoolean()).isTrue();
                assertThat(plan.effects(Effect.Kind.LOCK)).extracting(Effect::words).anyMatch(s -> s.startsWith("config updatable"));
            }
            case RECREATE_WITH_CODE -> {
                Plan plan = assertPlan(result, List.of(BACKUP, UPLOAD, PUBLISH_STORE, AWAIT_PROCESSED, PUBLISH_PROGRAM,
                        AWAIT_PROCESSED, FORGET, AWAIT_FORGOTTEN), Effectness.NEW, p);
                ObjectNode c = programTemplate(plan);
                assertThat(c.path("code").path("use_latest").asBoolean()).isTrue();
                assertThat(((Step.PublishProgram) plan.steps().get(4)).template().fills())
                        .containsExactly(new ContentTemplate.Fill("/code/ref", new StepRef(2)));
            }
            case FORGET_VOLUME -> assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.reason()).contains("still used").contains(p).contains("503");
                assertThat(r.alternative()).isEqualTo(new Intent.DeleteProgram(p, true));
            });
            case UPLOAD_VOLUME -> {
                Plan plan = assertPlan(result, List.of(UPLOAD, PUBLISH_STORE, AWAIT_PROCESSED), Effectness.NONE, p);
                assertThat(plan.effects(Effect.Kind.CREATED)).hasSize(1);
            }
        }
        if (!(result instanceof Plan plan)) {
            return;
        }
        PlanInvariants.check(plan, inv);
        for (Step s : plan.steps()) {
            if (s instanceof Step.PublishStore ps) {
                assertThat(ps.template().content().path("address").asText()).as("content owner stays A").isEqualTo(A);
            }
            if (s instanceof Step.PublishProgram pp) {
                assertThat(pp.template().content().path("address").asText()).isEqualTo(A);
            }
        }
        boolean publishes = plan.kinds().contains(PUBLISH_STORE) || plan.kinds().contains(PUBLISH_PROGRAM);
        assertThat(plan.hasWarning(Warning.Kind.PAYMENT)).as("hold payment before 2027 is announced").isEqualTo(publishes);
    }

    enum Effectness { KEPT, NEW, NONE }

    static Intent intent(Kind kind, PlanWorld w) {
        String p = w.program.itemHash();
        return switch (kind) {
            case UPDATE_CODE -> new Intent.UpdateCode(p, PlanWorld.ZIP);
            case CHANGE_SETTINGS -> new Intent.ChangeSettings(p, memory512());
            case UPDATE_VOLUME -> new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.SQUASHFS);
            case PIN_CID -> new Intent.PinCid(w.vol.itemHash(), PlanWorld.CID);
            case ROLLBACK -> new Intent.Rollback(w.vol.itemHash(), w.vol.itemHash());
            case DELETE_PROGRAM -> new Intent.DeleteProgram(p, true);
            case RECREATE -> new Intent.Recreate(p, SettingsChange.none(), null, true);
            case RECREATE_WITH_CODE -> new Intent.Recreate(p, SettingsChange.none(), PlanWorld.ZIP, true);
            case FORGET_VOLUME -> new Intent.ForgetVolume(w.vol.itemHash());
            case UPLOAD_VOLUME -> new Intent.UploadVolume(PlanWorld.SQUASHFS, "data 2");
        };
    }

    static SettingsChange memory512() {
        return SettingsChange.resources(null, 512, null);
    }

    static Plan assertPlan(PlanResult result, List<StepKind> kinds, Effectness effect, String program) {
        assertThat(result).as(result instanceof Refusal r ? r.reason() : "plan").isInstanceOf(Plan.class);
        Plan plan = (Plan) result;
        assertThat(plan.kinds()).isEqualTo(kinds);
        switch (effect) {
            case KEPT -> {
                assertThat(plan.effects(Effect.Kind.HASH_KEPT)).extracting(Effect::subject).containsExactly(program);
                assertThat(plan.effects(Effect.Kind.HASH_KEPT).get(0).words()).contains("https://aleph.sh/vm/" + program);
                assertThat(plan.effects(Effect.Kind.HASH_NEW)).isEmpty();
            }
            case NEW -> {
                assertThat(plan.effects(Effect.Kind.HASH_NEW)).extracting(Effect::subject).containsExactly(program);
                assertThat(plan.effects(Effect.Kind.HASH_KEPT)).isEmpty();
            }
            case NONE -> assertThat(plan.effects(Effect.Kind.HASH_NEW)).isEmpty();
        }
        return plan;
    }

    static void assertRefusedWith(PlanResult result, Intent alternative) {
        assertThat(result).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.alternative()).isEqualTo(alternative);
            assertThat(r.reason()).contains("immutable").contains("new hash and URL");
            assertThat(r.alternativeWords()).isNotBlank();
        });
    }

    static ObjectNode programTemplate(Plan plan) {
        return plan.steps().stream().filter(Step.PublishProgram.class::isInstance).map(s -> ((Step.PublishProgram) s).template().content())
                .findFirst().orElseThrow();
    }

    static String storeRef(PlanResult result) {
        return ((Plan) result).steps().stream().filter(Step.PublishStore.class::isInstance)
                .map(s -> ((Step.PublishStore) s).template().content().path("ref"))
                .findFirst().map(n -> n.asText(null)).orElse(null);
    }
}
