package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.message.CidV0;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Uploads (limits, part order, error shapes) and the storage, address, aggregate and price reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageTest {
    private NodeHarness h;

    @BeforeAll
    void start() {
        h = NodeHarness.start();
    }

    @AfterAll
    void stop() {
        h.close();
    }

    private Message storeFor(KeyPairSigner signer, byte[] file, String payment) {
        ObjectNode c = ContentWriter.store(signer.address(), h.nextTime(), ItemType.STORAGE, ItemHashes.sha256Hex(file), null,
                null, new Payment("ETH", null, payment));
        return h.sign(signer, MessageType.STORE, c);
    }

    private static byte[] metadata(Message m, boolean sync) {
        ObjectNode meta = Json.object();
        meta.set("message", m.toWire());
        meta.put("sync", sync);
        return Json.compact(meta).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void authenticatedUploadInEitherPartOrderProcessesTheStore() {
        byte[] file = "authenticated upload".getBytes(StandardCharsets.UTF_8);
        Message m = storeFor(NodeHarness.A, file, Payment.HOLD);
        NodeHarness.Res r = h.postMultipart("/api/v0/storage/add_file", List.of(
                new Object[] {"file", "a.bin", file}, new Object[] {"metadata", null, metadata(m, true)}));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("hash").asText()).isEqualTo(ItemHashes.sha256Hex(file));
        assertThat(r.json().path("status").asText()).isEqualTo("success");
        assertThat(h.status(m.itemHash())).isEqualTo("processed");

        byte[] file2 = "metadata first, async".getBytes(StandardCharsets.UTF_8);
        Message m2 = storeFor(NodeHarness.A, file2, Payment.HOLD);
        NodeHarness.Res r2 = h.postMultipart("/api/v0/storage/add_file", List.of(
                new Object[] {"metadata", null, metadata(m2, false)}, new Object[] {"file", "b.bin", file2}));
        assertThat(r2.status()).isEqualTo(202);
        assertThat(h.awaitFinal(m2.itemHash()).path("status").asText()).isEqualTo("processed");
    }

    @Test
    void uploadErrorsHaveTheReferenceShapes() {
        byte[] file = "error shapes".getBytes(StandardCharsets.UTF_8);
        Message m = storeFor(NodeHarness.A, file, Payment.HOLD);
        ObjectNode forged = m.envelope();
        forged.put("signature", storeFor(NodeHarness.B, file, Payment.HOLD).signature());
        NodeHarness.Res bad = h.postMultipart("/api/v0/storage/add_file", List.of(
                new Object[] {"metadata", null, metadata(Message.of(forged), true)}, new Object[] {"file", "f", file}));
        assertThat(bad.status()).isEqualTo(403);
        assertThat(bad.body()).isEqualTo("403: Forbidden");

        NodeHarness.Res mismatch = h.postMultipart("/api/v0/storage/add_file", List.of(
                new Object[] {"metadata", null, metadata(m, true)}, new Object[] {"file", "f", "other bytes".getBytes(StandardCharsets.UTF_8)}));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.body()).startsWith("422: File hash does not match (");

        ObjectNode noSync = Json.object();
        noSync.set("message", m.toWire());
        NodeHarness.Res missing = h.postMultipart("/api/v0/storage/add_file", List.of(
                new Object[] {"metadata", null, Json.compact(noSync).getBytes(StandardCharsets.UTF_8)}, new Object[] {"file", "f", file}));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).startsWith("422: Could not decode metadata");

        NodeHarness.Res noFile = h.postMultipart("/api/v0/storage/add_file", List.<Object[]>of(
                new Object[] {"metadata", null, metadata(m, true)}));
        assertThat(noFile.status()).isEqualTo(400);

        byte[] poorFile = "credit file of a poor account".getBytes(StandardCharsets.UTF_8);
        Message poor = storeFor(NodeHarness.POOR, poorFile, Payment.CREDIT);
        NodeHarness.Res pay = h.postMultipart("/api/v0/storage/add_file", List.of(
                new Object[] {"metadata", null, metadata(poor, true)}, new Object[] {"file", "f", poorFile}));
        assertThat(pay.status()).isEqualTo(402);
        assertThat(h.get("/api/v0/storage/raw/" + ItemHashes.sha256Hex(poorFile)).status()).as("not stored").isEqualTo(404);
    }

    @Test
    void unauthenticatedUploadsAreCappedAt25MiB() {
        byte[] big = new byte[25 * 1024 * 1024 + 1];
        NodeHarness.Res raw = h.postBytes("/api/v0/storage/add_file", big, "application/octet-stream");
        assertThat(raw.status()).isEqualTo(413);
        assertThat(raw.body()).startsWith("Maximum request body size 26214400 exceeded");
        NodeHarness.Res multipart = h.postMultipart("/api/v0/storage/add_file", List.<Object[]>of(new Object[] {"file", "big", big}));
        assertThat(multipart.status()).isEqualTo(413);
        assertThat(multipart.body()).isEqualTo("Maximum request body size 26214400 exceeded, actual body size " + big.length);
    }

    @Test
    void readsOfAStoredFile() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        String hash = h.upload(bytes);
        NodeHarness.Res raw = h.get("/api/v0/storage/raw/" + hash);
        assertThat(raw.status()).isEqualTo(200);
        JsonNode b64 = h.get("/api/v0/storage/" + hash).json();
        assertThat(b64.path("engine").asText()).isEqualTo("storage");
        String content = b64.path("content").asText();
        assertThat(content.split("\n")[0]).hasSize(76);
        assertThat(Base64.getMimeDecoder().decode(content)).isEqualTo(bytes);
        JsonNode meta = h.get("/api/v0/storage/metadata/" + hash).json();
        assertThat(meta.path("size").asLong()).isEqualTo(200);
        assertThat(meta.path("download_url").asText()).isEqualTo("/api/v0/storage/raw/" + hash);
        assertThat(h.get("/api/v0/storage/count/" + hash).body()).isEqualTo("1");
        assertThat(h.get("/api/v0/storage/raw/nothex").status()).isEqualTo(400);
        assertThat(h.get("/api/v0/storage/raw/" + "0".repeat(64)).status()).isEqualTo(404);
        JsonNode limits = h.get("/api/v0/storage/limits.json").json();
        assertThat(limits.path("storage").path("max_file_size").asLong()).isEqualTo(100L * 1024 * 1024);
        assertThat(limits.path("ipfs").path("max_unauthenticated_upload_file_size").asLong()).isEqualTo(25L * 1024 * 1024);
    }

    @Test
    void byMessageHashAndByRefFollowTheLatestRevision() {
        Message root = h.processedStore(NodeHarness.A, "by-ref root");
        Message rev = h.store(NodeHarness.A, "by-ref revision", root.itemHash());
        assertThat(h.submit(rev, true).status()).isEqualTo(200);
        JsonNode byRef = h.get("/api/v0/storage/by-ref/" + root.itemHash()).json();
        assertThat(byRef.path("file_hash").asText()).isEqualTo(rev.content().path("item_hash").asText());
        JsonNode byMessage = h.get("/api/v0/storage/by-message-hash/" + rev.itemHash()).json();
        assertThat(byMessage.path("ref").asText()).isEqualTo(root.itemHash());
        assertThat(byMessage.path("owner").asText()).isEqualTo(NodeHarness.A.address());
        String userFile = h.upload("user tag file");
        Message tagged = h.sign(NodeHarness.A, MessageType.STORE, ContentWriter.store(NodeHarness.A.address(), h.nextTime(),
                ItemType.STORAGE, userFile, "my-config", null, null));
        assertThat(h.submit(tagged, true).status()).isEqualTo(200);
        JsonNode userTag = h.get("/api/v0/storage/by-ref/" + NodeHarness.A.address() + "/my-config").json();
        assertThat(userTag.path("file_hash").asText()).isEqualTo(userFile);
        assertThat(h.get("/api/v0/storage/by-ref/" + "7".repeat(64)).status()).isEqualTo(404);

        assertThat(h.submit(h.forget(NodeHarness.A, rev.itemHash()), true).status()).isEqualTo(200);
        JsonNode after = h.get("/api/v0/storage/by-ref/" + root.itemHash()).json();
        assertThat(after.path("file_hash").asText()).as("forgetting the latest revision falls back")
                .isEqualTo(root.content().path("item_hash").asText());
        assertThat(h.get("/api/v0/storage/raw/" + rev.content().path("item_hash").asText()).status())
                .as("grace period keeps the bytes").isEqualTo(200);
    }

    @Test
    void ipfsUploadsUseTheCidOfTheBytes() {
        byte[] file = "ipfs bytes".getBytes(StandardCharsets.UTF_8);
        NodeHarness.Res r = h.postMultipart("/api/v0/ipfs/add_file", List.<Object[]>of(new Object[] {"file", "x.txt", file}));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("hash").asText()).isEqualTo(CidV0.ofBytes(file));
        assertThat(r.json().path("name").asText()).isEqualTo("x.txt");
        assertThat(r.json().path("size").asInt()).isEqualTo(file.length);
        assertThat(h.get("/api/v0/storage/raw/" + CidV0.ofBytes(file)).body()).isEqualTo("ipfs bytes");
        Message pin = h.sign(NodeHarness.A, MessageType.STORE, ContentWriter.store(NodeHarness.A.address(), h.nextTime(),
                ItemType.IPFS, CidV0.ofBytes(file), null, null, null));
        assertThat(h.submit(pin, true).status()).isEqualTo(200);
        assertThat(h.postBytes("/api/v0/ipfs/add_file", file, "application/octet-stream").status()).isEqualTo(400);
        String json = "{\"b\":1,\"a\":2}";
        NodeHarness.Res aj = h.post("/api/v0/storage/add_json", json);
        assertThat(aj.json().path("hash").asText()).isEqualTo(ItemHashes.sha256Hex(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void balancesFilesAggregatesAndPrices() {
        JsonNode funded = h.get("/api/v0/addresses/" + NodeHarness.A.address() + "/balance").json();
        assertThat(funded.path("balance").asDouble()).isEqualTo(1_000_000.0);
        assertThat(funded.path("credit_balance").asLong()).isEqualTo(1_000_000_000L);
        JsonNode poor = h.get("/api/v0/addresses/" + NodeHarness.POOR.address() + "/balance").json();
        assertThat(poor.path("balance").asDouble()).isZero();

        Message code = h.processedStore(NodeHarness.B, "priced code");
        Message program = h.program(NodeHarness.B, code.itemHash(), false, null);
        assertThat(h.submit(program, true).status()).isEqualTo(200);
        JsonNode price = h.get("/api/v0/price/" + program.itemHash()).json();
        assertThat(price.path("required_tokens").asDouble()).isEqualTo(400.0);
        assertThat(price.path("payment_type").asText()).isEqualTo("hold");
        assertThat(price.path("cost").asText()).as("on demand with internet: twice").isEqualTo("400.000000000000000000");
        JsonNode locked = h.get("/api/v0/addresses/" + NodeHarness.B.address() + "/balance").json();
        assertThat(locked.path("locked_amount").asDouble()).isGreaterThanOrEqualTo(400.0);
        ObjectNode est = Json.object();
        est.set("message", program.toWire());
        assertThat(h.post("/api/v0/price/estimate", Json.compact(est)).json().path("required_tokens").asDouble()).isEqualTo(400.0);

        JsonNode files = h.get("/api/v0/addresses/" + NodeHarness.B.address() + "/files").json();
        assertThat(files.path("files").get(0).path("item_hash").asText()).isEqualTo(code.itemHash());
        assertThat(files.path("files").get(0).path("created").asText()).endsWith("Z");
        assertThat(h.get("/api/v0/addresses/" + NodeHarness.POOR.address().toLowerCase() + "/files").status()).isEqualTo(404);

        JsonNode pricing = h.get("/api/v0/aggregates/" + BaseSeed.PRICING_OWNER + ".json?keys=pricing").json();
        assertThat(pricing.path("data").path("pricing").path("program").path("price").path("compute_unit").path("holding").asText())
                .isEqualTo("200");
        assertThat(h.get("/api/v0/aggregates/" + NodeHarness.POOR.address() + ".json").status()).isEqualTo(404);
        JsonNode runtime = h.message(BaseSeed.RUNTIME_HASH).path("message");
        assertThat(runtime.path("item_content").asText()).contains("\"time\":1700000000.0");
        assertThat(h.get("/api/v0/storage/by-ref/" + BaseSeed.RUNTIME_HASH).json().path("size").asInt()).isPositive();
        assertThat(h.get("/api/v0/version").json().path("version").asText()).isNotBlank();
        assertThat(h.get("/version").status()).isEqualTo(200);
    }
}
