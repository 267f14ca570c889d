package org.alephdeploy.deploy.inventory;

import static org.alephdeploy.deploy.Signed.A;
import static org.alephdeploy.deploy.Signed.B;
import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY1;
import static org.alephdeploy.deploy.Signed.KEY2;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.Signed.ProgramSpec;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.Reference;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.Arrays;

class InventoryTest {
    static final BigDecimal FETCHED = new BigDecimal("1767300000.0");

    static NodeSnapshot snapshot(List<ListedMessage> messages, List<ForgottenSkeleton> forgotten) {
        return new NodeSnapshot("sandbox", A, FETCHED, messages, forgotten, List.of(), Map.of(), Authorizations.none());
    }

    static List<ListedMessage> processed(Message... ms) {
        return Arrays.stream(ms).map(ListedMessage::processed).toList();
    }

    @Test
    void syntheticFixturesFoldTheAmendAndChainTheCodeRevision() {
        Message code = Signed.synthetic(1);
        Message runtime = Signed.synthetic(2);
        Message data = Signed.synthetic(3);
        Message program = Signed.synthetic(4);
        Message codeV2 = Signed.synthetic(5);
        Message amend = Signed.synthetic(6);
        Message intruder = Signed.synthetic(7);
        List<ListedMessage> listed = new ArrayList<>(processed(code, runtime, data, program, codeV2, amend));
        listed.add(new ListedMessage(intruder, MessageStatus.REJECTED, new Rejection(2, "tag owned by another address")));

        Inventory inv = Inventory.build(snapshot(listed, List.of()));

        assertThat(inv.programs()).hasSize(1);
        ProgramChain chain = inv.programs().get(0);
        assertThat(chain.original().itemHash()).isEqualTo(program.itemHash());
        assertThat(chain.amends()).extracting(ProgramView::itemHash).containsExactly(amend.itemHash());
        assertThat(chain.targetUnknown()).isFalse();
        assertThat(chain.current().itemHash()).isEqualTo(amend.itemHash());
        assertThat(inv.program(amend.itemHash()).orElseThrow().chainRoot()).isEqualTo(program.itemHash());

        VolumeView codeVolume = inv.volume(code.itemHash()).orElseThrow();
        assertThat(codeVolume.revisions()).extracting(StoreRevision::itemHash).containsExactly(codeV2.itemHash(), intruder.itemHash());
        assertThat(codeVolume.currentByNode().itemHash()).isEqualTo(codeV2.itemHash());
        assertThat(codeVolume.currentByCrn().itemHash()).isEqualTo(codeV2.itemHash());
        assertThat(codeVolume.currentsDiffer()).isFalse();
        assertThat(codeVolume.revisions().get(1).error().words()).contains("not authorised").contains("code 2");
        assertThat(codeVolume.uses()).extracting(VolumeUse::programHash).containsExactlyInAnyOrder(program.itemHash(), amend.itemHash());

        ProgramView p = inv.program(program.itemHash()).orElseThrow();
        ResolvedReference codeRef = p.reference(Reference.Role.CODE).orElseThrow();
        assertThat(codeRef.rootHash()).isEqualTo(code.itemHash());
        assertThat(codeRef.followsLatest()).isTrue();
        assertThat(codeRef.inEffect().itemHash()).isEqualTo(codeV2.itemHash());
        assertThat(codeRef.fileHash()).isEqualTo("24c7dd7659539d7497163fb58d614f8ae087cad05831aea0fe0be9172bab4f05");
        assertThat(codeRef.ownedByAccount()).isTrue();
        ResolvedReference dataRef = p.reference(Reference.Role.VOLUME).orElseThrow();
        assertThat(dataRef.followsLatest()).isFalse();
        assertThat(dataRef.inEffect().itemHash()).isEqualTo(data.itemHash());

        Mutability m = p.mutability();
        assertThat(m.configLocked()).isFalse();
        assertThat(m.settingsPath()).isEqualTo(UpdatePath.AMEND);
        assertThat(m.part(Reference.Role.CODE).orElseThrow().path()).isEqualTo(UpdatePath.REVISION);
        assertThat(m.part(Reference.Role.CODE).orElseThrow().words())
                .isEqualTo("code: follows latest → new code is a revision, hash and URL unchanged");
        assertThat(m.part(Reference.Role.VOLUME).orElseThrow().words())
                .isEqualTo("volume /data: pinned, program updatable → amend, new hash and URL");
        assertThat(p.url()).isEqualTo("https://aleph.sh/vm/" + program.itemHash());
    }

    @Test
    void amendChainsSeveralDeepFoldUnderTheOriginalAndAnAmendOfAnUnknownProgramStandsAloneFlagged() {
        Message code = Signed.store(KEY0, 100, "code", null, "code");
        Message runtime = Signed.store(KEY2, 90, "runtime", null, "runtime");
        Message original = Signed.program(KEY0, spec(200, code, runtime, true, null));
        Message amend1 = Signed.program(KEY0, spec(210, code, runtime, true, original.itemHash()));
        Message amend2 = Signed.program(KEY0, spec(220, code, runtime, true, amend1.itemHash()));
        Message amend3 = Signed.program(KEY0, spec(230, code, runtime, false, amend2.itemHash()));
        String missing = Signed.fileHash("a program nobody listed");
        Message orphan = Signed.program(KEY0, spec(240, code, runtime, true, missing));

        Inventory inv = Inventory.build(snapshot(processed(code, runtime, original, amend1, amend2, amend3, orphan), List.of()));

        assertThat(inv.programs()).hasSize(2);
        ProgramChain chain = inv.chainOf(amend3.itemHash()).orElseThrow();
        assertThat(chain.original().itemHash()).isEqualTo(original.itemHash());
        assertThat(chain.amends()).extracting(ProgramView::itemHash)
                .containsExactly(amend1.itemHash(), amend2.itemHash(), amend3.itemHash());
        assertThat(chain.withDescendants(amend1.itemHash())).extracting(ProgramView::itemHash)
                .containsExactly(amend1.itemHash(), amend2.itemHash(), amend3.itemHash());
        ProgramChain alone = inv.chainOf(orphan.itemHash()).orElseThrow();
        assertThat(alone.original().itemHash()).isEqualTo(orphan.itemHash());
        assertThat(alone.targetUnknown()).isTrue();
        assertThat(alone.original().flags()).anyMatch(f -> f.contains(missing) && f.contains("not a program"));
        assertThat(inv.program(amend3.itemHash()).orElseThrow().mutability().configLocked()).isTrue();
        assertThat(inv.volume(runtime.itemHash()).orElseThrow().ownedByAccount()).isFalse();
    }

    @Test
    void everyVersionOfAChainFindsThatChainAndNoOtherHashFindsOne() {
        Message code = Signed.store(KEY0, 100, "code", null, "code");
        Message codeV2 = Signed.store(KEY0, 105, "code v2", code.itemHash(), null);
        Message runtime = Signed.store(KEY2, 90, "runtime", null, "runtime");
        Message first = Signed.program(KEY0, spec(200, code, runtime, true, null));
        Message second = Signed.program(KEY0, spec(201, code, runtime, true, null));
        Message firstAmend = Signed.program(KEY0, spec(210, code, runtime, true, first.itemHash()));
        Message secondAmend = Signed.program(KEY0, spec(211, code, runtime, true, second.itemHash()));
        Message firstAmendOfAmend = Signed.program(KEY0, spec(220, code, runtime, true, firstAmend.itemHash()));
        Message orphan = Signed.program(KEY0, spec(230, code, runtime, true, Signed.fileHash("a program nobody listed")));

        Inventory inv = Inventory.build(snapshot(processed(code, codeV2, runtime, first, second, firstAmend, secondAmend,
                firstAmendOfAmend, orphan), List.of()));
        Inventory withKinds = inv.withFileKinds(Map.of(Signed.fileHash("code"), ArchiveMagic.ZIP));

        assertThat(inv.programs()).hasSize(3);
        ProgramChain firstChain = inv.chainOf(first.itemHash()).orElseThrow();
        assertThat(firstChain.versions()).extracting(ProgramView::itemHash)
                .containsExactly(first.itemHash(), firstAmend.itemHash(), firstAmendOfAmend.itemHash());
        assertThat(inv.chainOf(firstAmendOfAmend.itemHash())).containsSame(firstChain);
        ProgramChain secondChain = inv.chainOf(secondAmend.itemHash()).orElseThrow();
        assertThat(secondChain.original().itemHash()).isEqualTo(second.itemHash());
        for (ProgramChain chain : inv.programs()) {
            for (ProgramView version : chain.versions()) {
                assertThat(inv.chainOf(version.itemHash())).as(version.itemHash()).containsSame(chain);
                assertThat(withKinds.chainOf(version.itemHash())).as(version.itemHash()).containsSame(chain);
            }
        }
        assertThat(inv.chainOf(code.itemHash())).isEmpty();
        assertThat(inv.chainOf(codeV2.itemHash())).isEmpty();
        assertThat(inv.chainOf(Signed.fileHash("a program nobody listed"))).isEmpty();
    }

    @Test
    void everyStatusIsShownWithItsReason() {
        Message code = Signed.store(KEY0, 100, "code", null, null);
        Message runtime = Signed.store(KEY0, 90, "runtime", null, null);
        Message processed = Signed.program(KEY0, spec(200, code, runtime, true, null));
        Message pending = Signed.program(KEY0, spec(201, code, runtime, true, null));
        Message rejected = Signed.program(KEY0, spec(202, code, runtime, true, null));
        Message removing = Signed.program(KEY0, spec(203, code, runtime, true, null));
        String forgottenHash = Signed.fileHash("forgotten program");
        List<ListedMessage> listed = List.of(ListedMessage.processed(code), ListedMessage.processed(runtime),
                ListedMessage.processed(processed), new ListedMessage(pending, MessageStatus.PENDING, null),
                new ListedMessage(rejected, MessageStatus.REJECTED, new Rejection(5, "required 200, account 10")),
                new ListedMessage(removing, MessageStatus.REMOVING, null));
        Inventory inv = Inventory.build(snapshot(listed,
                List.of(new ForgottenSkeleton(forgottenHash, "PROGRAM", A, List.of(Signed.fileHash("forget"))))));

        assertThat(inv.program(processed.itemHash()).orElseThrow().statusWords()).isEqualTo("processed");
        assertThat(inv.program(pending.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.PENDING);
        assertThat(inv.program(rejected.itemHash()).orElseThrow().statusWords())
                .isEqualTo("rejected: the ALEPH balance is too low (code 5: required 200, account 10)");
        assertThat(inv.program(removing.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.REMOVING);
        ProgramView forgotten = inv.program(forgottenHash).orElseThrow();
        assertThat(forgotten.status()).isEqualTo(MessageStatus.FORGOTTEN);
        assertThat(forgotten.message()).isNull();
        assertThat(inv.programs()).hasSize(5);
        assertThat(inv.livePrograms()).extracting(ProgramView::itemHash)
                .containsExactlyInAnyOrder(processed.itemHash(), pending.itemHash(), removing.itemHash());
        VolumeView codeVolume = inv.volume(code.itemHash()).orElseThrow();
        assertThat(codeVolume.forgetBlockers()).extracting(VolumeUse::programHash)
                .containsExactlyInAnyOrder(processed.itemHash(), pending.itemHash(), removing.itemHash());
    }

    @Test
    void aReferenceToARevisionIsFlaggedAsPinnedToARevision() {
        Message data = Signed.store(KEY0, 100, "data v1", null, "data");
        Message dataV2 = Signed.store(KEY0, 110, "data v2", data.itemHash(), null);
        Message runtime = Signed.store(KEY0, 90, "runtime", null, null);
        Message code = Signed.store(KEY0, 95, "code", null, null);
        ProgramSpec s = spec(200, code, runtime, true, null);
        s.volumeRef = dataV2.itemHash();
        s.volumeLatest = false;
        Message program = Signed.program(KEY0, s);

        Inventory inv = Inventory.build(snapshot(processed(data, dataV2, runtime, code, program), List.of()));

        ResolvedReference v = inv.program(program.itemHash()).orElseThrow().reference(Reference.Role.VOLUME).orElseThrow();
        assertThat(v.rootHash()).isEqualTo(data.itemHash());
        assertThat(v.pointsAtRevision()).isTrue();
        assertThat(v.flags()).contains("pinned to a revision; updates are impossible through it");
        assertThat(v.inEffect().itemHash()).isEqualTo(dataV2.itemHash());
        PartMutability part = inv.program(program.itemHash()).orElseThrow().mutability().part(Reference.Role.VOLUME).orElseThrow();
        assertThat(part.path()).isEqualTo(UpdatePath.AMEND);
        assertThat(part.words()).contains("pinned to a revision; updates are impossible through it");
        assertThat(inv.volume(data.itemHash()).orElseThrow().uses()).singleElement()
                .satisfies(u -> assertThat(u.how()).isEqualTo("pinned to a revision"));
    }

    @Test
    void nodeTagAndComputeNodeLatestAreBothKeptAndFlaggedWhenTheyDiffer() {
        Message root = Signed.store(KEY0, 100, "v1", null, "vol");
        Message later = Signed.withEnvelopeTime(Signed.store(KEY0, 300, "v-content-newest", root.itemHash(), null), 150);
        Message newerEnvelope = Signed.store(KEY0, 200, "v-envelope-newest", root.itemHash(), null);
        Message sameTime = Signed.store(KEY0, 300, "v-same-content-time", root.itemHash(), null);

        Inventory inv = Inventory.build(snapshot(processed(root, later, newerEnvelope, sameTime), List.of()));

        VolumeView v = inv.volume(root.itemHash()).orElseThrow();
        assertThat(v.currentByNode().itemHash()).as("greatest content time, first one wins a tie").isEqualTo(later.itemHash());
        assertThat(v.currentByCrn().itemHash()).as("newest envelope time").isEqualTo(sameTime.itemHash());
        assertThat(v.currentsDiffer()).isTrue();
        assertThat(v.flags()).anyMatch(f -> f.contains("differs from what compute nodes run"));
    }

    @Test
    void userStringRefsAreGroupedAsTags() {
        Message first = Signed.store(KEY0, 100, "t1", "site", null);
        Message second = Signed.store(KEY0, 120, "t2", "site", null);
        Inventory inv = Inventory.build(snapshot(processed(first, second), List.of()));

        assertThat(inv.tags()).singleElement().satisfies(t -> {
            assertThat(t.tag()).isEqualTo(A + "/site");
            assertThat(t.revisions()).extracting(StoreRevision::itemHash).containsExactly(first.itemHash(), second.itemHash());
            assertThat(t.current().itemHash()).isEqualTo(second.itemHash());
        });
    }

    @Test
    void aVolumeListsOtherOwnersProgramsThatUseItAndHow() {
        Message data = Signed.store(KEY0, 100, "data", null, "shared");
        Message runtime = Signed.store(KEY2, 90, "runtime", null, null);
        Message code = Signed.store(KEY1, 95, "b code", null, null);
        ProgramSpec s = spec(200, code, runtime, true, null);
        s.volumeRef = data.itemHash();
        s.volumeLatest = true;
        Message theirs = Signed.program(KEY1, s);

        Inventory inv = Inventory.build(snapshot(processed(data, runtime, code, theirs), List.of()));

        assertThat(inv.programs()).isEmpty();
        assertThat(inv.otherOwnersPrograms()).extracting(ProgramView::itemHash).containsExactly(theirs.itemHash());
        VolumeView v = inv.volume(data.itemHash()).orElseThrow();
        assertThat(v.ownedByAccount()).isTrue();
        assertThat(inv.ownVolumes()).extracting(VolumeView::rootHash).containsExactly(data.itemHash());
        assertThat(v.uses()).singleElement().satisfies(u -> {
            assertThat(u.programOwner()).isEqualTo(B);
            assertThat(u.programOwnedByAccount()).isFalse();
            assertThat(u.how()).isEqualTo("follows latest");
            assertThat(u.blocksForget()).isTrue();
        });
    }

    @Test
    void aDelegatedAccountSeesWhatItCanUpdateThroughTheOwnersGrant() {
        Message code = Signed.store(KEY0, 100, "code", null, null);
        Message runtime = Signed.store(KEY2, 90, "runtime", null, null);
        Message program = Signed.program(KEY0, spec(200, code, runtime, false, null));
        Authorizations grants = new Authorizations(Map.of(A, List.of(new Authorization(A, B, null, List.of(), List.of("STORE")))));
        assertThat(grants.allows(B, A, "STORE", "ETH", "TEST")).isTrue();
        assertThat(grants.allows(B, A, "PROGRAM", "ETH", "TEST")).isFalse();
        assertThat(grants.allows(Signed.C, A, "STORE", "ETH", "TEST")).isFalse();

        ProgramView p = Inventory.build(snapshot(processed(code, runtime, program), List.of())).program(program.itemHash()).orElseThrow();
        Mutability asB = MutabilityRules.evaluate(p, B, grants, h -> "TEST");
        assertThat(asB.settingsPath()).isEqualTo(UpdatePath.NONE);
        assertThat(asB.part(Reference.Role.CODE).orElseThrow().path()).isEqualTo(UpdatePath.REVISION);
        assertThat(asB.part(Reference.Role.RUNTIME).orElseThrow().path()).isEqualTo(UpdatePath.NONE);
        assertThat(p.mutability().part(Reference.Role.RUNTIME).orElseThrow().words())
                .startsWith("runtime: follows latest of a STORE owned by " + Signed.C)
                .endsWith("only delete-and-recreate, new hash and URL");
        assertThat(p.mutability().configWords()).startsWith("config locked (allow_amend false)");
    }

    static ProgramSpec spec(long time, Message code, Message runtime, boolean allowAmend, String replaces) {
        ProgramSpec s = new ProgramSpec();
        s.time = time;
        s.codeRef = code.itemHash();
        s.runtimeRef = runtime.itemHash();
        s.allowAmend = allowAmend;
        s.replaces = replaces;
        return s;
    }
}
