package org.alephdeploy.deploy.plan;

import static org.alephdeploy.deploy.Signed.A;
import static org.alephdeploy.deploy.Signed.B;
import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY1;
import static org.alephdeploy.deploy.plan.StepKind.AWAIT_FORGOTTEN;
import static org.alephdeploy.deploy.plan.StepKind.AWAIT_PROCESSED;
import static org.alephdeploy.deploy.plan.StepKind.BACKUP;
import static org.alephdeploy.deploy.plan.StepKind.FORGET;
import static org.alephdeploy.deploy.plan.StepKind.PUBLISH_PROGRAM;
import static org.alephdeploy.deploy.plan.StepKind.PUBLISH_STORE;
import static org.alephdeploy.deploy.plan.StepKind.UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.Signed.ProgramSpec;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.Authorizations;
import org.alephdeploy.deploy.inventory.FileInfo;
import org.alephdeploy.deploy.inventory.ForgottenSkeleton;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.deploy.plan.PlanWorld.Owner;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Reference;
import org.junit.jupiter.api.Test;
import org.alephdeploy.message.MessageStatus;

class PlannerTest {
    final PlanWorld pinnedUpdatable = new PlanWorld(true, false, false);
    final PlanWorld followingLocked = new PlanWorld(false, true, true);

    static PlanResult plan(Intent i, PlanWorld w) {
        return Planner.plan(i, w.context(Owner.SELF));
    }

    @Test
    void theInvariantCatchesAPlanThatForgetsTheOldProgramBeforeTheNewOneIsProcessed() {
        PlanWorld w = pinnedUpdatable;
        Inventory inv = w.inventory(Owner.SELF);
        Plan good = (Plan) plan(new Intent.UpdateCode(w.program.itemHash(), PlanWorld.ZIP), w);
        PlanInvariants.neverForgetsAProgramBeforeItsReplacementIsProcessed(good, inv);

        List<Step> reordered = new ArrayList<>();
        Step.PublishProgram publish = (Step.PublishProgram) good.steps().get(3);
        Step.Forget forget = (Step.Forget) good.steps().get(5);
        reordered.addAll(good.steps().subList(0, 3));
        reordered.add(new Step.PublishProgram(3, publish.template(), publish.words()));
        reordered.add(new Step.Forget(4, forget.hashes(), forget.address(), forget.channel(), forget.reason()));
        reordered.add(new Step.AwaitForgotten(5, forget.hashes()));
        reordered.add(new Step.AwaitProcessed(6, new StepRef(3), "too late"));
        Plan bad = new Plan(good.intent(), reordered, good.effects(), good.warnings(), good.followUps(), good.cost(), good.notBefore());

        assertThatThrownBy(() -> PlanInvariants.neverForgetsAProgramBeforeItsReplacementIsProcessed(bad, inv))
                .isInstanceOf(AssertionError.class).hasMessageContaining("before its replacement");
    }

    @Test
    void everyProgramReplacingPlanAwaitsTheNewProgramBeforeForgettingTheOld() {
        PlanWorld w = pinnedUpdatable;
        String p = w.program.itemHash();
        for (Intent i : List.of(new Intent.UpdateCode(p, PlanWorld.ZIP), new Intent.ChangeSettings(p, SettingsChange.resources(2, null, null)),
                new Intent.Recreate(p, SettingsChange.none(), null, true), new Intent.Recreate(p, SettingsChange.none(), PlanWorld.ZIP, false))) {
            Plan plan = (Plan) plan(i, w);
            int awaitNew = plan.kinds().lastIndexOf(AWAIT_PROCESSED);
            int forgetOld = plan.kinds().indexOf(FORGET);
            assertThat(awaitNew).as(i.words()).isLessThan(forgetOld);
            PlanInvariants.check(plan, w.inventory(Owner.SELF));
        }
    }

    @Test
    void aWatchOnlyAccountCannotSign() {
        PlanContext ctx = pinnedUpdatable.context(Owner.SELF);
        PlanContext watch = new PlanContext(ctx.inventory(), A, true, ctx.limits(), ctx.funds(), ctx.pricing(), ctx.now(), ctx.cutoffs(),
                ctx.defaultChannel());
        assertThat(Planner.plan(new Intent.UploadVolume(PlanWorld.SQUASHFS, "x"), watch))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).contains("watch-only").contains("cannot sign"));
    }

    @Test
    void anArchiveWhoseEncodingDiffersFromTheProgramsIsRefused() {
        LocalArtifact plain = new LocalArtifact("/tmp/app.bin", Signed.fileHash("plain"), 100, ArtifactEncoding.PLAIN, false);
        PlanResult r = plan(new Intent.UpdateCode(followingLocked.program.itemHash(), plain), followingLocked);
        assertThat(r).isInstanceOfSatisfying(Refusal.class, x -> assertThat(x.reason())
                .contains("plain archive").contains("code.encoding zip").contains("Package the code as zip"));
    }

    @Test
    void squashfsCodeForAZipProgramIsOfferedThePathThatSwitchesTheEncoding() {
        PlanResult r = plan(new Intent.UpdateCode(followingLocked.program.itemHash(), PlanWorld.SQUASHFS), followingLocked);
        assertThat(r).isInstanceOfSatisfying(Refusal.class, x -> {
            assertThat(x.reason()).contains("code.encoding zip").contains("cannot change the encoding");
            assertThat(x.alternative()).isInstanceOfSatisfying(Intent.Recreate.class,
                    alt -> assertThat(alt.newCode()).isEqualTo(PlanWorld.SQUASHFS));
        });
        Plan recreate = (Plan) plan(((Refusal) r).alternative(), followingLocked);
        assertThat(recreate.steps()).filteredOn(s -> s instanceof Step.PublishProgram).singleElement()
                .satisfies(s -> assertThat(((Step.PublishProgram) s).template().content().path("code").path("encoding").asText())
                        .isEqualTo("squashfs"));
    }

    @Test
    void filesGoToIpfsAboveTheStorageLimitAndAreRefusedAboveEveryLimit() {
        PlanWorld w = followingLocked;
        PlanContext base = w.context(Owner.SELF);
        PlanContext small = new PlanContext(base.inventory(), A, false, new NodeLimits(1000, 10_000), base.funds(), base.pricing(),
                base.now(), base.cutoffs(), base.defaultChannel());
        Plan viaIpfs = (Plan) Planner.plan(new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.SQUASHFS), small);
        assertThat(((Step.Upload) viaIpfs.steps().get(0)).engine()).isEqualTo(ItemType.IPFS);
        assertThat(((Step.PublishStore) viaIpfs.steps().get(1)).template().content().path("item_type").asText()).isEqualTo("ipfs");

        LocalArtifact huge = new LocalArtifact("/tmp/huge.squashfs", Signed.fileHash("huge"), 20_000, ArtifactEncoding.SQUASHFS, false);
        assertThat(Planner.plan(new Intent.UpdateVolume(w.vol.itemHash(), huge), small))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).contains("20000 bytes").contains("at most 1000"));
    }

    @Test
    void aRevisionsHashIsNeverUsedAsARootAndTheRootIsOffered() {
        PlanWorld w = followingLocked;
        PlanResult r = plan(new Intent.UpdateVolume(w.vol2.itemHash(), PlanWorld.SQUASHFS), w);
        assertThat(r).isInstanceOfSatisfying(Refusal.class, x -> {
            assertThat(x.reason()).contains("is a revision of " + w.vol.itemHash());
            assertThat(x.alternative()).isEqualTo(new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.SQUASHFS));
        });
        assertThat(plan(new Intent.ForgetVolume(w.code2.itemHash()), w)).isInstanceOfSatisfying(Refusal.class,
                x -> assertThat(x.alternative()).isEqualTo(new Intent.ForgetVolume(w.code.itemHash())));
    }

    @Test
    void followingLatestOfARevisionIsRefusedBeforeSigning() {
        PlanWorld w = pinnedUpdatable;
        SettingsChange c = SettingsChange.ofReferences(List.of(new ReferenceChange(Reference.Role.VOLUME, w.vol.itemHash(),
                w.vol2.itemHash(), true)));
        assertThat(plan(new Intent.ChangeSettings(w.program.itemHash(), c), w)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.reason()).contains("reference the root " + w.vol.itemHash()));
    }

    @Test
    void rollbackNeedsTheFileStillOnTheNode() {
        PlanWorld w = followingLocked;
        Message vol3 = Signed.store(KEY0, 1767225640, "vol v3", w.vol.itemHash(), null);
        List<ListedMessage> listed = new ArrayList<>();
        for (Message m : List.of(w.runtime, w.code, w.code2, w.vol, w.program, vol3)) {
            listed.add(ListedMessage.processed(m));
        }
        listed.add(new ListedMessage(w.vol2, MessageStatus.FORGOTTEN, null));
        String v2File = Signed.fileHash("vol v2");
        NodeSnapshot gone = new NodeSnapshot("sandbox", A, PlanWorld.NOW, listed, List.of(new ForgottenSkeleton(w.vol2.itemHash(),
                "STORE", A, List.of())), List.of(), Map.of(), Authorizations.none());
        PlanContext ctx = PlanWorld.context(Inventory.build(gone), A, PlanWorld.richFunds());
        assertThat(Planner.plan(new Intent.Rollback(w.vol.itemHash(), w.vol2.itemHash()), ctx)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.reason()).contains("no longer on the node").contains("Upload the file again"));

        NodeSnapshot grace = new NodeSnapshot("sandbox", A, PlanWorld.NOW, listed, List.of(), List.of(),
                Map.of(v2File, new FileInfo(v2File, 7L, true)), Authorizations.none());
        Plan plan = (Plan) Planner.plan(new Intent.Rollback(w.vol.itemHash(), w.vol2.itemHash()),
                PlanWorld.context(Inventory.build(grace), A, PlanWorld.richFunds()));
        assertThat(plan.kinds()).containsExactly(PUBLISH_STORE, AWAIT_PROCESSED);
        ObjectNode store = ((Step.PublishStore) plan.steps().get(0)).template().content();
        assertThat(store.path("item_hash").asText()).isEqualTo(v2File);
        assertThat(store.path("ref").asText()).isEqualTo(w.vol.itemHash());

        assertThat(Planner.plan(new Intent.Rollback(w.vol.itemHash(), vol3.itemHash()), ctx)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.reason()).contains("already the current file"));
    }

    @Test
    void forgettingAVolumeListsEveryBlockerIncludingOtherOwnersPrograms() {
        PlanWorld w = followingLocked;
        ProgramSpec theirs = w.spec(1767225800, true, true, false);
        theirs.owner = B;
        Message other = Signed.program(KEY1, theirs);
        w.extra.add(other);
        PlanResult r = plan(new Intent.ForgetVolume(w.vol.itemHash()), w);
        assertThat(r).isInstanceOfSatisfying(Refusal.class, x -> {
            assertThat(x.reason()).contains(w.program.itemHash()).contains(other.itemHash()).contains("owner " + B)
                    .contains("volume at /data, pinned").contains("volume at /data, follows latest");
            assertThat(x.alternative()).as("another owner must act too").isNull();
        });
    }

    @Test
    void deletingAProgramForgetsItsAmendsAndKeepsWhatOthersUse() {
        PlanWorld w = pinnedUpdatable;
        ProgramSpec amendSpec = w.spec(1767225750, true, false, false);
        amendSpec.replaces = w.program.itemHash();
        Message amend = Signed.program(KEY0, amendSpec);
        ProgramSpec theirs = w.spec(1767225800, true, true, true);
        theirs.owner = B;
        Message other = Signed.program(KEY1, theirs);
        w.extra.add(amend);
        w.extra.add(other);

        Plan plan = (Plan) plan(new Intent.DeleteProgram(w.program.itemHash(), true), w);

        assertThat(plan.kinds()).containsExactly(BACKUP, BACKUP, FORGET, AWAIT_FORGOTTEN);
        assertThat(((Step.Forget) plan.steps().get(2)).hashes()).extracting(Object::toString)
                .containsExactly(w.program.itemHash(), amend.itemHash());
        assertThat(plan.effects(Effect.Kind.KEPT)).extracting(Effect::words)
                .anyMatch(s -> s.contains(w.vol.itemHash()) && s.contains("still used by program " + other.itemHash() + " of " + B))
                .anyMatch(s -> s.contains(w.runtime.itemHash()) && s.contains("belongs to " + Signed.C));
        PlanInvariants.check(plan, w.inventory(Owner.SELF));
    }

    @Test
    void withoutCleanUpTheUnusedVolumesAreKeptAndOfferedAsFollowUps() {
        Plan plan = (Plan) plan(new Intent.DeleteProgram(followingLocked.program.itemHash(), false), followingLocked);
        assertThat(plan.kinds()).containsExactly(BACKUP, FORGET, AWAIT_FORGOTTEN);
        assertThat(plan.followUps()).extracting(FollowUp::intent).containsExactlyInAnyOrder(
                new Intent.ForgetVolume(followingLocked.code.itemHash()), new Intent.ForgetVolume(followingLocked.vol.itemHash()));
    }

    @Test
    void whenTheBalanceCannotCarryBothProgramsRecreateOffersDeleteFirst() {
        PlanWorld w = followingLocked;
        Funds tight = new Funds(new BigDecimal("300"), new BigDecimal("200"), BigDecimal.ZERO, BigDecimal.ZERO);
        PlanContext ctx = PlanWorld.context(w.inventory(Owner.SELF), A, tight);
        Intent.Recreate createFirst = new Intent.Recreate(w.program.itemHash(), SettingsChange.none(), null, true);

        PlanResult r = Planner.plan(createFirst, ctx);

        Intent.Recreate deleteFirst = new Intent.Recreate(w.program.itemHash(), SettingsChange.none(), null, true, true);
        assertThat(r).isInstanceOfSatisfying(Refusal.class, x -> {
            assertThat(x.reason()).contains("cannot carry both programs");
            assertThat(x.alternative()).isEqualTo(deleteFirst);
        });
        Plan plan = (Plan) Planner.plan(deleteFirst, ctx);
        assertThat(plan.kinds()).containsExactly(BACKUP, FORGET, AWAIT_FORGOTTEN, PUBLISH_PROGRAM, AWAIT_PROCESSED);
        assertThat(plan.hasWarning(Warning.Kind.DELETE_FIRST)).isTrue();
        assertThat(plan.cost().affordable()).isTrue();

        Funds broke = new Funds(new BigDecimal("250"), new BigDecimal("200"), BigDecimal.ZERO, BigDecimal.ZERO);
        Funds none = new Funds(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(Planner.plan(deleteFirst, PlanWorld.context(w.inventory(Owner.SELF), A, none))).isInstanceOfSatisfying(Refusal.class,
                x -> assertThat(x.reason()).contains("funds do not cover"));
        assertThat(Planner.plan(new Intent.ChangeSettings(pinnedUpdatable.program.itemHash(), SettingsChange.resources(2, null, null)),
                PlanWorld.context(pinnedUpdatable.inventory(Owner.SELF), A, broke))).isInstanceOfSatisfying(Refusal.class,
                x -> assertThat(x.alternative()).isInstanceOfSatisfying(Intent.Recreate.class, alt -> assertThat(alt.deleteFirst()).isTrue()));
    }

    @Test
    void from2027OnlyCreditIsUsedAndSaid() {
        PlanWorld w = pinnedUpdatable;
        PlanContext base = w.context(Owner.SELF);
        BigDecimal in2027 = new BigDecimal("1798761600.0");
        PlanContext ctx = new PlanContext(base.inventory(), A, false, base.limits(), base.funds(), base.pricing(), in2027, base.cutoffs(),
                base.defaultChannel());
        Plan plan = (Plan) Planner.plan(new Intent.UpdateCode(w.program.itemHash(), PlanWorld.ZIP), ctx);
        assertThat(((Step.PublishStore) plan.steps().get(1)).template().content().path("payment").path("type").asText()).isEqualTo("credit");
        assertThat(PlannerMatrixTest.programTemplate(plan).path("payment").path("type").asText()).isEqualTo("credit");
        assertThat(plan.cost().paymentType()).isEqualTo("credit");
        assertThat(plan.warnings()).extracting(Warning::words).anyMatch(s -> s.contains("from hold to credit"));
    }

    @Test
    void makingAProgramPersistentSwitchesToCreditAfterTheCutoff() {
        PlanWorld w = pinnedUpdatable;
        PlanContext base = w.context(Owner.SELF);
        PlanContext ctx = new PlanContext(base.inventory(), A, false, base.limits(), base.funds(), base.pricing(),
                new BigDecimal("1773187200.0"), base.cutoffs(), base.defaultChannel());
        SettingsChange persist = new SettingsChange(null, null, null, null, null, true, null, null, null);
        Plan plan = (Plan) Planner.plan(new Intent.ChangeSettings(w.program.itemHash(), persist), ctx);
        ObjectNode c = PlannerMatrixTest.programTemplate(plan);
        assertThat(c.path("on").path("persistent").asBoolean()).isTrue();
        assertThat(c.path("payment").path("type").asText()).isEqualTo("credit");
    }

    @Test
    void codeFollowingAnotherOwnersStoreIsReplacedByAnAmendWithYourOwnCode() {
        PlanWorld w = new PlanWorld(true, true, true);
        Message theirCode = Signed.store(KEY1, 1767225605, "their code", null, null);
        ProgramSpec s = w.spec(1767225900, true, true, true);
        s.codeRef = theirCode.itemHash();
        Message program = Signed.program(KEY0, s);
        w.extra.add(theirCode);
        w.extra.add(program);

        Plan plan = (Plan) plan(new Intent.UpdateCode(program.itemHash(), PlanWorld.ZIP), w);

        assertThat(plan.kinds()).containsExactly(UPLOAD, PUBLISH_STORE, AWAIT_PROCESSED, PUBLISH_PROGRAM, AWAIT_PROCESSED, FORGET,
                AWAIT_FORGOTTEN);
        assertThat(plan.warnings()).extracting(Warning::words).anyMatch(x -> x.contains("belongs to " + B));
    }

    @Test
    void aPinnedProgramOfAnotherOwnerGetsAFollowUpInWordsOnly() {
        PlanWorld w = followingLocked;
        ProgramSpec theirs = w.spec(1767225800, true, true, false);
        theirs.owner = B;
        Message other = Signed.program(KEY1, theirs);
        w.extra.add(other);
        Plan plan = (Plan) plan(new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.SQUASHFS), w);
        assertThat(plan.effects(Effect.Kind.PICKS_UP)).extracting(Effect::subject).containsExactly(w.program.itemHash());
        assertThat(plan.effects(Effect.Kind.STAYS_PINNED)).extracting(Effect::subject).containsExactly(other.itemHash());
        assertThat(plan.followUps()).singleElement().satisfies(f -> {
            assertThat(f.intent()).isNull();
            assertThat(f.words()).contains("ask its owner");
        });
    }

    @Test
    void theProgramTemplateResolvesToCanonicalContentKeepingUnknownFields() {
        PlanWorld w = new PlanWorld(true, false, true);
        ProgramSpec spec = w.spec(1767225950, true, false, true);
        spec.owner = A;
        ObjectNode content = spec.content();
        content.putObject("requirements").putObject("node").put("node_hash", "abc");
        content.put("x_future_field", "kept");
        Message program = MessageDraft.inline(MessageType.PROGRAM, "TEST", content).sign(KEY0);
        w.extra.add(program);

        Plan plan = (Plan) plan(new Intent.UpdateCode(program.itemHash(), PlanWorld.ZIP), w);
        Step.PublishProgram publish = (Step.PublishProgram) plan.steps().get(3);
        String newStore = Signed.fileHash("the new STORE message");
        ObjectNode resolved = publish.template().resolve(ref -> ref.step() == 1 ? newStore : null, new BigDecimal("1767300001.5"));

        assertThat(resolved.path("code").path("ref").asText()).isEqualTo(newStore);
        assertThat(resolved.path("time").decimalValue()).isEqualByComparingTo("1767300001.5");
        assertThat(resolved.path("x_future_field").asText()).isEqualTo("kept");
        assertThat(resolved.path("requirements").path("node").path("node_hash").asText()).isEqualTo("abc");
        assertThat(resolved.path("replaces").asText()).isEqualTo(program.itemHash());
        assertThat(resolved).isEqualTo(ContentWriter.canonicalProgram(resolved));
        List<String> keys = new ArrayList<>();
        resolved.fieldNames().forEachRemaining(keys::add);
        assertThat(keys.subList(0, 3)).containsExactly("address", "time", "allow_amend");
        assertThat(keys.get(keys.size() - 1)).isEqualTo("x_future_field");
        assertThatThrownBy(() -> publish.template().resolve(ref -> null, BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevisionIsSignedAfterAFutureDatedOneSoItBecomesTheLatest() {
        PlanWorld w = followingLocked;
        Message future = Signed.store(KEY0, 1767400000, "from the future", w.vol.itemHash(), null);
        w.extra.add(future);
        Plan plan = (Plan) plan(new Intent.UpdateVolume(w.vol.itemHash(), PlanWorld.SQUASHFS), w);
        assertThat(plan.notBefore()).isGreaterThan(new BigDecimal("1767400000"));
        assertThat(plan.hasWarning(Warning.Kind.TIME)).isTrue();
    }

    @Test
    void pinningSomethingThatIsNotACidIsRefused() {
        assertThat(plan(new Intent.PinCid(null, "not-a-cid"), followingLocked)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.reason()).contains("not an IPFS CID"));
        Plan plan = (Plan) plan(new Intent.PinCid(null, PlanWorld.CID), followingLocked);
        assertThat(plan.kinds()).containsExactly(PUBLISH_STORE, AWAIT_PROCESSED);
        assertThat(((Step.PublishStore) plan.steps().get(0)).template().content().path("ref").isMissingNode()).isTrue();
    }

    @Test
    void aDeletedOrPendingProgramIsRefusedWithWhatToDo() {
        PlanWorld w = followingLocked;
        Message pending = Signed.program(KEY0, w.spec(1767226000, true, true, true));
        List<ListedMessage> listed = new ArrayList<>();
        for (Message m : List.of(w.runtime, w.code, w.vol)) {
            listed.add(ListedMessage.processed(m));
        }
        listed.add(new ListedMessage(pending, MessageStatus.PENDING, null));
        Inventory inv = Inventory.build(new NodeSnapshot("sandbox", A, PlanWorld.NOW, listed,
                List.of(new ForgottenSkeleton(w.program.itemHash(), "PROGRAM", A, List.of())), List.of(), Map.of(), null));
        PlanContext ctx = PlanWorld.context(inv, A, PlanWorld.richFunds());
        assertThat(Planner.plan(new Intent.ChangeSettings(pending.itemHash(), SettingsChange.resources(2, null, null)), ctx))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).contains("still pending").contains("Wait"));
        assertThat(Planner.plan(new Intent.DeleteProgram(w.program.itemHash(), false), ctx))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).contains("already deleted"));
        assertThat(Planner.plan(new Intent.UpdateCode(Signed.fileHash("nothing"), PlanWorld.ZIP), ctx))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).contains("not in the inventory"));
    }
}
