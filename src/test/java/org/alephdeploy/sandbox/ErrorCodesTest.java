package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.Duration;
import java.util.Arrays;
import org.alephdeploy.message.VerificationBuffer;

/** Every error code the node produces, over HTTP, with the reference node's details shapes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorCodesTest {
    private NodeHarness h;

    @BeforeAll
    void start() {
        h = NodeHarness.start();
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private JsonNode rejected(Message m, int code) {
        h.submit(m, true);
        JsonNode v = h.awaitFinal(m.itemHash());
        assertThat(v.path("status").asText()).as(v.toString()).isEqualTo("rejected");
        assertThat(v.path("error_code").asInt()).as(v.toString()).isEqualTo(code);
        return v;
    }

    @Test
    void code0InvalidFormatForOffLineContentFailingItsSchema() {
        ObjectNode content = Json.object().put("address", NodeHarness.A.address()).put("time", 1.0).put("type", "note")
                .put("unexpected", true);
        String hash = h.post("/api/v0/storage/add_json", Json.compact(content)).json().path("hash").asText();
        ObjectNode env = Json.object();
        env.put("chain", "ETH").put("sender", NodeHarness.A.address()).put("type", "POST").put("channel", "TEST")
                .put("time", 1.0).put("item_type", "storage").put("item_hash", hash);
        env.put("signature", NodeHarness.A.sign(VerificationBuffer.of("ETH",
                NodeHarness.A.address(), "POST", hash)));
        Message m = Message.of(env);
        JsonNode v = rejected(m, 0);
        assertThat(v.path("details").path("errors").get(0).path("type").asText()).isEqualTo("extra_forbidden");
    }

    @Test
    void code1InvalidSignature() {
        ObjectNode content = ContentWriter.post(NodeHarness.A.address(), h.nextTime(), "note", Json.object(), null);
        Message good = h.sign(NodeHarness.A, MessageType.POST, content);
        ObjectNode env = good.envelope();
        env.put("signature", h.sign(NodeHarness.B, MessageType.POST, content).signature());
        Message forged = Message.of(env);
        JsonNode v = rejected(forged, 1);
        assertThat(v.path("details").path("errors").isArray()).isTrue();
    }

    @Test
    void code1SilentlyWhenTheSignatureIsMissing() {
        ObjectNode content = ContentWriter.post(NodeHarness.A.address(), h.nextTime(), "note", Json.object(), null);
        ObjectNode env = h.sign(NodeHarness.A, MessageType.POST, content).envelope();
        env.remove("signature");
        NodeHarness.Res r = h.submit(Message.of(env), false);
        assertThat(r.status()).isEqualTo(202);
        JsonNode v = h.message(env.path("item_hash").asText());
        assertThat(v.path("status").asText()).isEqualTo("rejected");
        assertThat(v.path("error_code").asInt()).isEqualTo(1);
    }

    @Test
    void code2SenderNotAuthorisedForTheOwner() {
        Message code = h.processedStore(NodeHarness.A, "code for code 2");
        ObjectNode content = h.programContent(NodeHarness.A.address(), code.itemHash(), true, false, null);
        JsonNode v = rejected(h.sign(NodeHarness.B, MessageType.PROGRAM, content), 2);
        assertThat(v.path("details").path("errors").get(0).asText())
                .isEqualTo("Sender " + NodeHarness.B.address() + " is not authorized to post on behalf of address "
                        + NodeHarness.A.address());
    }

    @Test
    void code5BalanceInsufficientForAHoldProgram() {
        Message code = h.processedStore(NodeHarness.POOR, "code of a poor account");
        JsonNode v = rejected(h.program(NodeHarness.POOR, code.itemHash(), false, null), 5);
        JsonNode e = v.path("details").path("errors").get(0);
        assertThat(new BigDecimal(e.path("required_balance").asText())).as("400 (internet: twice) plus the code file already held")
                .isBetween(new BigDecimal("400"), new BigDecimal("400.001"));
        assertThat(new BigDecimal(e.path("account_balance").asText())).isEqualByComparingTo("0");
    }

    @Test
    void code6CreditInsufficientForACreditProgram() {
        Message code = h.processedStore(NodeHarness.POOR, "credit code of a poor account");
        ObjectNode content = h.programContent(NodeHarness.POOR.address(), code.itemHash(), true, false, null);
        content.set("payment", new Payment("ETH", null, Payment.CREDIT).toJson());
        JsonNode v = rejected(h.sign(NodeHarness.POOR, MessageType.PROGRAM, content), 6);
        JsonNode e = v.path("details").path("errors").get(0);
        assertThat(e.path("account_credits").asText()).isEqualTo("0");
        assertThat(e.path("min_runtime_days").asInt()).isEqualTo(1);
    }

    @Test
    void code200RevisionOfAnUnknownStore() {
        String unknown = "ab".repeat(32);
        JsonNode v = rejected(h.store(NodeHarness.A, "revision of nothing", unknown), 200);
        assertThat(v.path("details").path("errors").get(0).asText()).isEqualTo(unknown);
    }

    @Test
    void code201RevisionOfARevision() {
        Message root = h.processedStore(NodeHarness.A, "root for 201");
        Message rev = h.store(NodeHarness.A, "revision for 201", root.itemHash());
        assertThat(h.submit(rev, true).status()).isEqualTo(200);
        JsonNode v = rejected(h.store(NodeHarness.A, "revision of a revision", rev.itemHash()), 201);
        assertThat(v.path("details").isNull()).isTrue();
    }

    @Test
    void code202HoldPaymentForAPersistentProgramAfterTheCutoff() {
        Message code = h.processedStore(NodeHarness.A, "persistent code");
        ObjectNode content = h.programContent(NodeHarness.A.address(), code.itemHash(), true, false, null);
        ((ObjectNode) content.get("on")).put("persistent", true);
        rejected(h.sign(NodeHarness.A, MessageType.PROGRAM, content), 202);
    }

    @Test
    void code202HoldPaymentForAStoreFrom2027() {
        String file = h.upload("a 2027 file");
        ObjectNode content = ContentWriter.store(NodeHarness.A.address(), new BigDecimal("1798761601.0"), ItemType.STORAGE,
                file, null, null, new Payment("ETH", null, Payment.HOLD));
        rejected(h.sign(NodeHarness.A, MessageType.STORE, content), 202);
    }

    @Test
    void code300AmendOfAnUnknownProgram() {
        Message code = h.processedStore(NodeHarness.A, "code for 300");
        String unknown = "cd".repeat(32);
        JsonNode v = rejected(h.program(NodeHarness.A, code.itemHash(), true, unknown), 300);
        assertThat(v.path("details").path("errors").get(0).asText()).isEqualTo(unknown);
    }

    @Test
    void code301UnknownCodeReference() {
        String unknown = "ef".repeat(32);
        JsonNode v = rejected(h.program(NodeHarness.A, unknown, false, null), 301);
        assertThat(v.path("details").path("errors").get(0).asText()).isEqualTo(unknown);
    }

    @Test
    void code302AmendOfAnImmutableProgram() {
        Message code = h.processedStore(NodeHarness.A, "code for 302");
        Message original = h.program(NodeHarness.A, code.itemHash(), false, null);
        assertThat(h.submit(original, true).status()).isEqualTo(200);
        Message amend = h.program(NodeHarness.A, code.itemHash(), true, original.itemHash());
        NodeHarness.Res r = h.submit(amend, true);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("message_status").asText()).isEqualTo("rejected");
        rejected(amend, 302);
    }

    @Test
    void code304PersistentVolumeSmallerThanItsParent() {
        byte[] big = new byte[1024 * 1024 + 10];
        Arrays.fill(big, (byte) 'x');
        String file = h.upload(big);
        Message parent = h.sign(NodeHarness.A, MessageType.STORE, ContentWriter.store(NodeHarness.A.address(), h.nextTime(),
                ItemType.STORAGE, file, null, null, null));
        assertThat(h.submit(parent, true).status()).isEqualTo(200);
        Message code = h.processedStore(NodeHarness.A, "code for 304");
        ObjectNode content = h.programContent(NodeHarness.A.address(), code.itemHash(), true, false, null);
        ObjectNode vol = content.withArray("volumes").addObject();
        vol.put("mount", "/data").put("name", "data").put("persistence", "host").put("size_mib", 1);
        vol.putObject("parent").put("ref", parent.itemHash()).put("use_latest", true);
        JsonNode v = rejected(h.sign(NodeHarness.A, MessageType.PROGRAM, content), 304);
        JsonNode e = v.path("details").path("errors").get(0);
        assertThat(e.path("parent_size").asLong()).isEqualTo(big.length);
        assertThat(e.path("volume_size").asLong()).isEqualTo(1024 * 1024);
        assertThat(e.path("parent_file").asText()).isEqualTo(file);
    }

    @Test
    void code500ForgetWithoutTargets() {
        rejected(h.forget(NodeHarness.A), 500);
    }

    @Test
    void code501ForgetOfAnUnknownMessage() {
        String unknown = "12".repeat(32);
        JsonNode v = rejected(h.forget(NodeHarness.A, unknown), 501);
        assertThat(v.path("details").path("errors").get(0).path("message").asText()).isEqualTo(unknown);
    }

    @Test
    void code502ForgetOfAForget() {
        Message target = h.processedStore(NodeHarness.A, "target for 502");
        Message first = h.forget(NodeHarness.A, target.itemHash());
        assertThat(h.submit(first, true).status()).isEqualTo(200);
        JsonNode v = rejected(h.forget(NodeHarness.A, first.itemHash()), 502);
        assertThat(v.path("details").path("errors").get(0).path("message").asText()).isEqualTo(first.itemHash());
    }

    @Test
    void code503ForgetOfAStoreUsedByALiveProgram() {
        Message code = h.processedStore(NodeHarness.A, "code for 503");
        Message program = h.program(NodeHarness.A, code.itemHash(), false, null);
        assertThat(h.submit(program, true).status()).isEqualTo(200);
        JsonNode v = rejected(h.forget(NodeHarness.A, code.itemHash()), 503);
        assertThat(v.path("details").path("errors").get(0).asText())
                .isEqualTo("File " + code.itemHash() + " used on vm " + program.itemHash());
        assertThat(h.status(code.itemHash())).isEqualTo("processed");
    }

    @Test
    void code504ForgottenMessageSubmittedAgain() {
        Message target = h.processedStore(NodeHarness.A, "target for 504");
        assertThat(h.submit(h.forget(NodeHarness.A, target.itemHash()), true).status()).isEqualTo(200);
        NodeHarness.Res again = h.submit(target, true);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("message_status").asText()).isEqualTo("rejected");
        assertThat(h.status(target.itemHash())).isEqualTo("forgotten");
    }

    @Test
    void preValidationRejectsAWrongInlineHashWith422Text() {
        ObjectNode env = h.sign(NodeHarness.A, MessageType.POST,
                ContentWriter.post(NodeHarness.A.address(), h.nextTime(), "note", Json.object(), null)).envelope();
        env.put("item_hash", "00".repeat(32));
        NodeHarness.Res r = h.submit(Message.of(env), true);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).isEqualTo("InvalidMessageFormat");
        assertThat(h.get("/api/v0/messages/" + "00".repeat(32)).status()).isEqualTo(404);
    }

    @Test
    void processedDuplicateIsIgnoredWith202() {
        Message m = h.processedStore(NodeHarness.A, "duplicate");
        NodeHarness.Res r = h.submit(m, false);
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().path("message_status").asText()).isEqualTo("pending");
        assertThat(h.status(m.itemHash())).isEqualTo("processed");
    }

    @Test
    void retryableErrorStaysPendingUntilTheDependencyArrives() {
        String file = h.upload("late root");
        ObjectNode rootContent = ContentWriter.store(NodeHarness.A.address(), h.nextTime(), ItemType.STORAGE, file, null,
                null, null);
        Message root = h.sign(NodeHarness.A, MessageType.STORE, rootContent);
        ObjectNode programContent = h.programContent(NodeHarness.A.address(), root.itemHash(), true, false, null);
        Message program = h.sign(NodeHarness.A, MessageType.PROGRAM, programContent);
        try (NodeHarness slow = NodeHarness.start(b -> b.retryAttempts(11).retryMaxDelay(Duration.ofSeconds(300)))) {
            slow.upload("late root");
            NodeHarness.Res r = slow.submit(program, true);
            assertThat(r.status()).isEqualTo(202);
            assertThat(slow.status(program.itemHash())).isEqualTo("pending");
            assertThat(slow.submit(root, true).status()).isEqualTo(200);
            JsonNode v = slow.awaitFinal(program.itemHash());
            assertThat(v.path("status").asText()).isEqualTo("processed");
        }
    }
}
