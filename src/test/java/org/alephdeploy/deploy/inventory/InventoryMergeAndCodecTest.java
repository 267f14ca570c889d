package org.alephdeploy.deploy.inventory;

import static org.alephdeploy.deploy.Signed.A;
import static org.alephdeploy.deploy.Signed.B;
import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.junit.jupiter.api.Test;

class InventoryMergeAndCodecTest {
    final Message code = Signed.store(KEY0, 100, "code v1", null, "code");
    final Message runtime = Signed.store(KEY2, 90, "runtime", null, null);
    final Message program = Signed.program(KEY0, InventoryTest.spec(200, code, runtime, true, null));
    final Message codeV2 = Signed.store(KEY0, 300, "code v2", code.itemHash(), null);
    final Message amend = Signed.program(KEY0, InventoryTest.spec(310, code, runtime, true, program.itemHash()));
    final Message codeV3 = Signed.store(KEY0, 320, "code v3", code.itemHash(), null);
    final String forgetHash = Signed.fileHash("the forget");

    NodeSnapshot first() {
        return new NodeSnapshot("sandbox", A, new BigDecimal("250.0"),
                List.of(ListedMessage.processed(code), ListedMessage.processed(runtime), ListedMessage.processed(program),
                        ListedMessage.processed(codeV2), new ListedMessage(amend, MessageStatus.PENDING, null)),
                List.of(), List.of(), Map.of(Signed.fileHash("code v1"), new FileInfo(Signed.fileHash("code v1"), 8L, true)),
                new Authorizations(Map.of(A, List.of())));
    }

    /** Newer than the first fetch: the amend got processed, the original and v2 were forgotten, v3 arrived. */
    NodeSnapshot delta() {
        return new NodeSnapshot("sandbox", A, new BigDecimal("400.0"), List.of(ListedMessage.processed(codeV3)),
                List.of(new ForgottenSkeleton(program.itemHash(), "PROGRAM", A, List.of(forgetHash)),
                        new ForgottenSkeleton(codeV2.itemHash(), "STORE", A, List.of(forgetHash))),
                List.of(new StatusChange(amend.itemHash(), MessageStatus.PROCESSED, null)), Map.of(),
                new Authorizations(Map.of(A, List.of(new Authorization(A, B, null, List.of(), List.of("STORE"))))));
    }

    /** What a full fetch at 400 returns. */
    NodeSnapshot full() {
        return new NodeSnapshot("sandbox", A, new BigDecimal("400.0"),
                List.of(ListedMessage.processed(code), ListedMessage.processed(runtime), ListedMessage.processed(amend),
                        ListedMessage.processed(codeV3)),
                List.of(new ForgottenSkeleton(program.itemHash(), "PROGRAM", A, List.of(forgetHash)),
                        new ForgottenSkeleton(codeV2.itemHash(), "STORE", A, List.of(forgetHash))),
                List.of(), Map.of(Signed.fileHash("code v1"), new FileInfo(Signed.fileHash("code v1"), 8L, true)),
                new Authorizations(Map.of(A, List.of(new Authorization(A, B, null, List.of(), List.of("STORE"))))));
    }

    @Test
    void mergingADeltaEqualsAFullBuildOnTheUnion() {
        Inventory merged = Inventory.merge(Inventory.build(first()), delta());

        assertThat(merged).isEqualTo(Inventory.build(NodeSnapshot.union(first(), delta())));
        assertThat(merged.fetchedAt()).isEqualByComparingTo("400");
        assertThat(merged.program(amend.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.PROCESSED);
        assertThat(merged.program(program.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.FORGOTTEN);
        assertThat(merged.authorizations().allows(B, A, "STORE", "ETH", "TEST")).isTrue();
    }

    @Test
    void mergedViewsMatchAFullRefetchAndKeepTheContentOfWhatWasForgottenSince() {
        Inventory merged = Inventory.merge(Inventory.build(first()), delta());
        Inventory fresh = Inventory.build(full());

        assertThat(merged.programs()).hasSize(1);
        assertThat(merged.programs().get(0).current().itemHash()).isEqualTo(fresh.programs().get(0).current().itemHash());
        VolumeView m = merged.volume(code.itemHash()).orElseThrow();
        VolumeView f = fresh.volume(code.itemHash()).orElseThrow();
        assertThat(m.currentByCrn()).isEqualTo(f.currentByCrn());
        assertThat(m.currentByNode()).isEqualTo(f.currentByNode());
        assertThat(m.live()).isEqualTo(f.live());
        assertThat(m.uses()).isEqualTo(f.uses());
        StoreRevision forgottenV2 = m.message(codeV2.itemHash()).orElseThrow();
        assertThat(forgottenV2.status()).isEqualTo(MessageStatus.FORGOTTEN);
        assertThat(forgottenV2.fileHash()).as("file hash kept from the earlier fetch").isEqualTo(Signed.fileHash("code v2"));
    }

    @Test
    void aForgottenHashNeverComesBackEvenIfAStaleListingStillShowsIt() {
        NodeSnapshot stale = new NodeSnapshot("sandbox", A, new BigDecimal("500.0"), List.of(ListedMessage.processed(program)),
                List.of(), List.of(), Map.of(), Authorizations.none());
        Inventory inv = Inventory.merge(Inventory.merge(Inventory.build(first()), delta()), stale);
        assertThat(inv.program(program.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.FORGOTTEN);
    }

    @Test
    void mergingAnotherAccountsSnapshotIsRefused() {
        NodeSnapshot other = new NodeSnapshot("sandbox", B, new BigDecimal("500.0"), List.of(), List.of(), List.of(), Map.of(), null);
        assertThatThrownBy(() -> Inventory.merge(Inventory.build(first()), other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(B);
    }

    @Test
    void theCacheRoundTripsWithExactEnvelopesAndItsAge() {
        Inventory inv = Inventory.merge(Inventory.build(first()), delta());
        String json = InventoryCodec.toJson(inv);

        Inventory back = InventoryCodec.fromJson(json);

        assertThat(back).isEqualTo(inv);
        assertThat(InventoryCodec.toJson(back)).isEqualTo(json);
        assertThat(back.program(amend.itemHash()).orElseThrow().message().itemContent()).isEqualTo(amend.itemContent());
        assertThat(back.age(new BigDecimal("460.5"))).isEqualTo(Duration.ofMillis(60_500));
        assertThat(back.authorizations()).isEqualTo(inv.authorizations());
    }

    @Test
    void aRemovingStatusAndItsReasonSurviveTheCacheAndALaterDeltaCanBringItBack() {
        NodeSnapshot removing = new NodeSnapshot("sandbox", A, new BigDecimal("300.0"),
                List.of(ListedMessage.processed(program).withStatus(MessageStatus.REMOVING, ListedMessage.CREDIT_INSUFFICIENT)),
                List.of(), List.of(), Map.of(), null);
        Inventory inv = Inventory.merge(Inventory.build(first()), removing);
        assertThat(inv.program(program.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.REMOVING);
        Inventory back = InventoryCodec.fromJson(InventoryCodec.toJson(inv));
        assertThat(back.program(program.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.REMOVING);
        assertThat(back.removalReason(program.itemHash())).contains(ListedMessage.CREDIT_INSUFFICIENT);

        NodeSnapshot toppedUp = new NodeSnapshot("sandbox", A, new BigDecimal("400.0"), List.of(ListedMessage.processed(program)),
                List.of(), List.of(), Map.of(), null);
        Inventory again = Inventory.merge(back, toppedUp);
        assertThat(again.program(program.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.PROCESSED);
        assertThat(again.removalReason(program.itemHash())).isEmpty();
    }

    @Test
    void aCacheWhoseMessageWasAlteredIsRejectedWithTheRemedy() {
        ObjectNode cache = (ObjectNode) Json.parse(InventoryCodec.toJson(Inventory.build(first())));
        ObjectNode firstMessage = (ObjectNode) cache.get("messages").get(0).get("message");
        firstMessage.put("item_content", firstMessage.get("item_content").asText().replace("\"time\":", "\"time\": "));

        assertThatThrownBy(() -> InventoryCodec.fromJson(Json.compact(cache)))
                .isInstanceOf(InventoryCacheException.class)
                .hasMessageContaining("no longer verifies").hasMessageContaining("refresh the inventory");
    }

    @Test
    void aCacheWithAForgedSignatureIsRejected() {
        ObjectNode cache = (ObjectNode) Json.parse(InventoryCodec.toJson(Inventory.build(first())));
        ObjectNode m = (ObjectNode) cache.get("messages").get(0).get("message");
        m.put("sender", B);
        assertThatThrownBy(() -> InventoryCodec.fromJson(Json.compact(cache))).isInstanceOf(InventoryCacheException.class);
    }

    @Test
    void somethingElseThanACacheIsRejected() {
        assertThatThrownBy(() -> InventoryCodec.fromJson("{\"format\":\"other\"}"))
                .isInstanceOf(InventoryCacheException.class).hasMessageContaining("not an inventory cache");
        assertThatThrownBy(() -> InventoryCodec.fromJson("{"))
                .isInstanceOf(InventoryCacheException.class).hasMessageContaining("not valid JSON");
    }
}
