package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's own import of signed history: checked like any message, balances not judged again. */
class HistoryImportTest {
    private static NodeHarness h;

    @BeforeAll
    static void start() {
        h = NodeHarness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static JsonNode importing(ArrayNode messages, ArrayNode forgotten) {
        ObjectNode body = Json.object();
        body.set("messages", messages);
        body.set("forgotten", forgotten);
        NodeHarness.Res r = h.post("/api/v0/sandbox/import", Json.compact(body));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void anUnfundedOwnersProgramIsImportedThoughPostingItIsRefused() {
        Message code = h.processedStore(NodeHarness.A, "PK\u0003\u0004import code");
        Message posted = h.program(NodeHarness.POOR, code.itemHash(), true, null);
        h.submit(posted, false);
        assertThat(h.awaitFinal(posted.itemHash()).path("error_code").asInt()).isEqualTo(5);

        Message imported = h.program(NodeHarness.POOR, code.itemHash(), false, null);
        JsonNode answer = importing(Json.array().add(imported.toWire()), Json.array());
        assertThat(answer.path("processed").asInt()).as(answer.toString()).isEqualTo(1);
        assertThat(h.status(imported.itemHash())).isEqualTo("processed");
        JsonNode again = importing(Json.array().add(imported.toWire()), Json.array());
        assertThat(again.path("already").asInt()).isEqualTo(1);
    }

    @Test
    void aTamperedContentOrAForeignSignatureIsRefused() {
        Message code = h.processedStore(NodeHarness.A, "PK\u0003\u0004tamper code");
        Message good = h.program(NodeHarness.A, code.itemHash(), true, null);
        ObjectNode tampered = good.toWire();
        tampered.put("item_content", good.itemContent().replace("test program", "evil program"));
        Message other = h.program(NodeHarness.A, code.itemHash(), false, null);
        ObjectNode stolen = other.toWire();
        stolen.put("sender", NodeHarness.B.address());
        JsonNode answer = importing(Json.array().add(tampered).add(stolen), Json.array());
        assertThat(answer.path("processed").asInt()).isZero();
        assertThat(answer.path("rejected")).hasSize(2);
        assertThat(h.status(good.itemHash())).isEqualTo("not_found");
        assertThat(h.status(other.itemHash())).isEqualTo("rejected");
        assertThat(h.message(other.itemHash()).path("error_code").asInt()).isEqualTo(1);
    }

    @Test
    void aForgottenSkeletonStaysOnlyWithAFORGETThatListsIt() {
        Message code = h.processedStore(NodeHarness.A, "PK\u0003\u0004skeleton code");
        Message gone = h.program(NodeHarness.A, code.itemHash(), false, null);
        Message forget = h.forget(NodeHarness.A, gone.itemHash());
        ObjectNode skeleton = Json.object();
        for (String k : new String[] {"sender", "chain", "signature", "type", "item_type", "item_hash", "channel"}) {
            skeleton.set(k, gone.toWire().get(k));
        }
        skeleton.put("time", gone.time());
        skeleton.put("owner", NodeHarness.A.address());
        skeleton.putArray("forgotten_by").add(forget.itemHash());
        JsonNode alone = importing(Json.array(), Json.array().add(skeleton.deepCopy()));
        assertThat(alone.path("forgotten").asInt()).isZero();
        assertThat(h.status(gone.itemHash())).isEqualTo("not_found");

        JsonNode vouched = importing(Json.array().add(forget.toWire()), Json.array().add(skeleton));
        assertThat(vouched.path("forgotten").asInt()).as(vouched.toString()).isEqualTo(1);
        assertThat(h.status(gone.itemHash())).isEqualTo("forgotten");
        assertThat(h.status(forget.itemHash())).isEqualTo("processed");
    }

    @Test
    void aFileIsKeptOnlyWhenItsBytesHashRight() {
        byte[] bytes = "imported file".getBytes(StandardCharsets.UTF_8);
        String hash = ItemHashes.sha256Hex(bytes);
        assertThat(h.postBytes("/api/v0/sandbox/import/file?hash=" + ItemHashes.sha256Hex(new byte[1]), bytes,
                "application/octet-stream").status()).isEqualTo(422);
        assertThat(h.postBytes("/api/v0/sandbox/import/file?hash=" + hash, bytes, "application/octet-stream").status())
                .isEqualTo(200);
        assertThat(h.get("/api/v0/storage/raw/" + hash).body()).isEqualTo("imported file");
    }

    private static NodeHarness.Res statuses(String... hashAndStatus) {
        ArrayNode list = Json.array();
        for (int i = 0; i < hashAndStatus.length; i += 2) {
            list.addObject().put("item_hash", hashAndStatus[i]).put("status", hashAndStatus[i + 1]);
        }
        return h.post("/api/v0/sandbox/import/status", Json.compact(Json.object().set("statuses", list)));
    }

    @Test
    void aCopiedMessagesStatusMovesBetweenProcessedAndRemovingOnly() {
        Message code = h.processedStore(NodeHarness.A, "PK\u0003\u0004status code");
        Message program = h.program(NodeHarness.A, code.itemHash(), false, null);
        importing(Json.array().add(program.toWire()), Json.array());
        String unknown = ItemHashes.sha256Hex("never here".getBytes(StandardCharsets.UTF_8));

        NodeHarness.Res set = statuses(program.itemHash(), "removing", unknown, "removing");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("updated").asInt()).isEqualTo(1);
        assertThat(set.json().path("skipped").asInt()).isEqualTo(1);
        assertThat(h.status(program.itemHash())).isEqualTo("removing");
        assertThat(statuses(program.itemHash(), "removing").json().path("unchanged").asInt()).isEqualTo(1);
        assertThat(statuses(program.itemHash(), "processed").json().path("updated").asInt()).isEqualTo(1);
        assertThat(h.status(program.itemHash())).isEqualTo("processed");

        NodeHarness.Res bad = statuses(program.itemHash(), "forgotten");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(h.status(program.itemHash())).isEqualTo("processed");
    }
}
