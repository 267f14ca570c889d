package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

class EndpointsTest {
    private static final String ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final String H = "a".repeat(64);
    private final TestNode node = new TestNode();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void postSendsTheExactSignedEnvelope() {
        Message store = RetryAndFailoverTest.signedStore();
        AtomicReference<String> body = new AtomicReference<>();
        node.on("POST /api/v0/messages", (ex, n) -> {
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            TestNode.send(ex, 202, "{\"publication_status\":{\"status\":\"warning\",\"failed\":[\"ipfs\"]},\"message_status\":\"pending\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            PostResult r = client.postMessage(store, false);
            assertThat(r.httpStatus()).isEqualTo(202);
            assertThat(r.messageStatus()).isEqualTo(MessageStatus.PENDING);
            assertThat(r.publicationStatus()).isEqualTo("warning");
            assertThat(r.failedProtocols()).containsExactly("ipfs");
            assertThat(r.accepted()).isTrue();
        }
        JsonNode sent = Json.parse(body.get());
        assertThat(sent.get("message")).isEqualTo(store.toWire());
        assertThat(sent.path("message").path("item_content").textValue()).isEqualTo(store.itemContent());
        assertThat(sent.path("sync").asBoolean(true)).isFalse();
    }

    @Test
    void aSyncRejectionIsAResultNotAnError() {
        node.on("POST /api/v0/messages", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            TestNode.send(ex, 422, "{\"publication_status\":{\"status\":\"success\",\"failed\":[]},\"message_status\":\"rejected\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            PostResult r = client.postMessage(RetryAndFailoverTest.signedStore(), true);
            assertThat(r.httpStatus()).isEqualTo(422);
            assertThat(r.messageStatus()).isEqualTo(MessageStatus.REJECTED);
            assertThat(r.accepted()).isFalse();
        }
        assertThat(node.calls("POST /api/v0/messages")).isEqualTo(1);
    }

    @Test
    void aFailedBroadcastIsRetriedThenReported() {
        node.on("POST /api/v0/messages", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            TestNode.send(ex, 500, "{\"publication_status\":{\"status\":\"error\",\"failed\":[\"ipfs\",\"p2p\"]},\"message_status\":null}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThatThrownBy(() -> client.postMessage(RetryAndFailoverTest.signedStore(), false))
                    .isInstanceOfSatisfying(NodeError.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.details().path("publication_status").path("status").asText()).isEqualTo("error");
                    });
        }
        assertThat(node.calls("POST /api/v0/messages")).isEqualTo(Clients.FAST.maxRetries() + 1);
    }

    @Test
    void aSyncPostWaitsLongerThanTheReadTimeout() {
        node.on("POST /api/v0/messages", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            // the node holds a sync answer while it processes the message
            RetryAndFailoverTest.awaitQuietly(new CountDownLatch(1), 1);
            TestNode.send(ex, 200, "{\"publication_status\":{\"status\":\"success\",\"failed\":[]},\"message_status\":\"processed\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).readTimeout(Duration.ofMillis(300)).build()) {
            assertThat(client.postMessage(RetryAndFailoverTest.signedStore(), true).messageStatus())
                    .isEqualTo(MessageStatus.PROCESSED);
        }
        assertThat(node.calls("POST /api/v0/messages")).isEqualTo(1);
    }

    @Test
    void storageReads() {
        String ref = "{\"ref\":\"" + H + "\",\"owner\":\"" + ADDRESS + "\",\"file_hash\":\"" + "b".repeat(64)
                + "\",\"download_url\":\"/api/v0/storage/raw/" + "b".repeat(64) + "\",\"size\":21}";
        node.on("GET /api/v0/storage/by-message-hash/" + H, (ex, n) -> TestNode.send(ex, 200, ref));
        node.on("GET /api/v0/storage/by-ref/" + H, (ex, n) -> TestNode.send(ex, 200, ref));
        node.on("GET /api/v0/storage/by-ref/" + ADDRESS + "/my-volume", (ex, n) -> TestNode.send(ex, 200, ref));
        node.on("GET /api/v0/storage/metadata/" + "b".repeat(64), (ex, n) -> TestNode.send(ex, 200,
                "{\"file_hash\":\"" + "b".repeat(64) + "\",\"type\":\"file\",\"size\":21,\"download_url\":\"/x\"}"));
        node.on("GET /api/v0/storage/count/" + "b".repeat(64), (ex, n) -> TestNode.send(ex, 200, "3"));
        node.on("GET /api/v0/storage/limits.json", (ex, n) -> TestNode.send(ex, 200,
                "{\"storage\":{\"max_file_size\":104857600,\"max_unauthenticated_upload_file_size\":26214400},"
                        + "\"ipfs\":{\"max_upload_file_size\":1073741824,\"max_upload_car_size\":4294967296,"
                        + "\"max_unauthenticated_upload_file_size\":26214400}}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(client.byMessageHash(H)).get().extracting(FileRef::fileHash).isEqualTo("b".repeat(64));
            assertThat(client.byRef(H)).get().extracting(FileRef::size).isEqualTo(21L);
            assertThat(client.byRef(ADDRESS, "my-volume")).get().extracting(FileRef::owner).isEqualTo(ADDRESS);
            assertThat(client.byRef("c".repeat(64))).isEmpty();
            assertThat(client.fileMetadata("b".repeat(64))).get().extracting(FileMetadata::type).isEqualTo("file");
            assertThat(client.fileCount("b".repeat(64))).isEqualTo(3);
            StorageLimits limits = client.limits();
            assertThat(limits.storageMaxFileSize()).isEqualTo(100L << 20);
            assertThat(limits.ipfsMaxCarSize()).isEqualTo(4L << 30);
        }
    }

    @Test
    void addressFilesAcceptBothTimeFormsAndTreat404AsEmpty() {
        node.on("GET /api/v0/addresses/" + ADDRESS + "/files", (ex, n) -> TestNode.send(ex, 200,
                "{\"address\":\"" + ADDRESS + "\",\"total_size\":42,\"files\":["
                        + "{\"file_hash\":\"" + "b".repeat(64) + "\",\"size\":21,\"type\":\"file\",\"created\":\"2026-01-01T00:00:00Z\""
                        + ",\"item_hash\":\"" + H + "\"},"
                        + "{\"file_hash\":\"" + "c".repeat(64) + "\",\"size\":21,\"type\":\"file\",\"created\":\"2026-01-01T00:00:00.250000Z\""
                        + ",\"item_hash\":\"" + H + "\"}],"
                        + "\"pagination_page\":1,\"pagination_total\":2,\"pagination_per_page\":100}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            AddressFiles files = client.addressFiles(ADDRESS, 1, 100, true);
            assertThat(files.totalSize()).isEqualTo(42);
            assertThat(files.files()).extracting(AddressFiles.File::createdAt).containsExactly(
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00.25Z"));
            AddressFiles none = client.addressFiles("0xnobody", 1, 100, true);
            assertThat(none.files()).isEmpty();
        }
        assertThat(node.requests.get(0)).contains("sort_order=-1").contains("pagination=100");
    }

    @Test
    void pricesAggregatesAndVersion() {
        String price = "{\"required_tokens\":0.5,\"payment_type\":\"hold\",\"cost\":\"0.500000000000000000\","
                + "\"detail\":[{\"type\":\"storage\",\"name\":\"x\",\"cost_hold\":\"0.5\"}],\"charged_address\":\"" + ADDRESS + "\"}";
        node.on("GET /api/v0/messages/" + H + "/status", (ex, n) -> TestNode.send(ex, 200,
                "{\"status\":\"processed\",\"item_hash\":\"" + H + "\",\"reception_time\":\"2026-01-01T00:00:00Z\"}"));
        node.on("GET /api/v0/messages/" + "d".repeat(64) + "/status", (ex, n) -> TestNode.send(ex, 200,
                "{\"status\":\"pending\",\"item_hash\":\"" + "d".repeat(64) + "\",\"reception_time\":\"2026-01-01T00:00:00Z\"}"));
        node.on("GET /api/v0/price/" + H, (ex, n) -> TestNode.send(ex, 200, price));
        node.on("POST /api/v0/price/estimate", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            TestNode.send(ex, 200, price);
        });
        node.on("GET /api/v0/aggregates/" + ADDRESS + ".json", (ex, n) -> TestNode.send(ex, 200,
                "{\"address\":\"" + ADDRESS + "\",\"data\":{\"security\":{\"authorizations\":[]}},\"info\":{}}"));
        node.on("GET /api/v0/version", (ex, n) -> TestNode.send(ex, 200, "{\"version\":\"v0.7.0\"}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            Price p = client.price(H).orElseThrow();
            assertThat(p.cost()).isEqualByComparingTo("0.5");
            assertThat(p.paymentType()).isEqualTo("hold");
            assertThat(client.estimatePrice(RetryAndFailoverTest.signedStore()).requiredTokens()).isEqualByComparingTo("0.5");
            assertThatThrownBy(() -> client.price("d".repeat(64)))
                    .isInstanceOfSatisfying(NodeError.class, e -> assertThat(e.kind()).isEqualTo(NodeError.Kind.PENDING));
            assertThat(client.price("f".repeat(64))).isEmpty();
            assertThat(client.aggregates(ADDRESS, "security")).get()
                    .satisfies(a -> assertThat(a.data().has("security")).isTrue());
            assertThat(client.aggregates("0xnobody")).isEmpty();
            assertThat(client.version()).isEqualTo("v0.7.0");
        }
        assertThat(node.requests).anyMatch(r -> r.contains(".json?keys=security"));
        assertThat(node.requests).noneMatch(r -> r.contains("/api/v0/price/" + "d".repeat(64)));
    }

    @Test
    void fileExistsFallsBackToMetadataWhenHeadIsRefused() {
        node.on("HEAD /api/v0/storage/raw/*", (ex, n) -> TestNode.send(ex, 405, ""));
        node.on("GET /api/v0/storage/metadata/" + H, (ex, n) -> TestNode.send(ex, 200,
                "{\"file_hash\":\"" + H + "\",\"type\":\"file\",\"size\":1,\"download_url\":\"/x\"}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(client.fileExists(H)).isTrue();
            assertThat(client.fileExists("c".repeat(64))).isFalse();
        }
        assertThat(node.calls("HEAD /api/v0/storage/raw/*")).isEqualTo(2);
    }

    @Test
    void mainnetDefaultsAreConstantsOnly() {
        assertThat(CcnClient.MAINNET_NODES).containsExactly("https://api2.aleph.im", "https://api3.aleph.im");
        try (CcnClient client = CcnClient.builder().build()) {
            assertThat(client.nodes()).containsExactly("https://api2.aleph.im", "https://api3.aleph.im");
        }
    }
}
