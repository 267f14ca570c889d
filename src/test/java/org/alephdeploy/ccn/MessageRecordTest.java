package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import org.alephdeploy.message.Fixtures;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real node answers (fixtures) served over HTTP and read back as {@link MessageRecord}s. */
class MessageRecordTest {
    private final TestNode node = new TestNode();

    @AfterEach
    void stop() {
        node.close();
    }

    private Optional<MessageRecord> fetch(String fixture, String hash) throws IOException {
        String body = Files.readString(Fixtures.dir().resolve(fixture));
        node.on("GET /api/v0/messages/" + hash, (ex, n) -> TestNode.send(ex, 200, body));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            return client.message(hash);
        }
    }

    @Test
    void pendingUsesTheFirstReceivedCopy() throws IOException {
        String hash = "cab98cd9e1f957bd99259acff3eb35d960436121c7f567a2c9cb941c24e0c01b";
        MessageRecord r = fetch("alephrs-pending-message.json", hash).orElseThrow();
        assertThat(r.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(r.itemHash()).isEqualTo(hash);
        assertThat(r.message().itemHash()).isEqualTo(hash);
        assertThat(r.message().type()).isEqualTo(MessageType.POST);
        assertThat(r.message().time()).isNotNull();
        assertThat(r.receptionTime()).isEqualTo(Instant.parse("2026-05-11T10:08:17.772651Z"));
    }

    @Test
    void rejectedCarriesCodeAndDetails() throws IOException {
        String hash = "7091b61632e0385adb6978dccbec1da40e9c400ffac7233076a3ad0219f49de0";
        MessageRecord r = fetch("alephsdkpy-rejected_message.json", hash).orElseThrow();
        assertThat(r.status()).isEqualTo(MessageStatus.REJECTED);
        assertThat(r.errorCode()).isEqualTo(5);
        assertThat(r.details().path("errors").get(0).path("required_balance").asText()).startsWith("4213.26");
        assertThat(r.receptionTime()).isEqualTo(Instant.parse("2023-12-03T16:00:53.432607Z"));
        assertThat(ItemHashes.ofContent(r.message().itemContent())).isEqualTo(hash);
        assertThat(r.rejection(node.url()).getMessage()).contains("4213.26");
    }

    @Test
    void forgottenIsASkeletonWithItsForgets() throws IOException {
        String hash = "821d7b01866bdfafc8d07539d6191061ab5858dfbfcab046d7b799e5e01da51f";
        MessageRecord r = fetch("alephrs-forgotten-message.json", hash).orElseThrow();
        assertThat(r.status()).isEqualTo(MessageStatus.FORGOTTEN);
        assertThat(r.forgottenBy()).containsExactly("3292ebfacccf1315ad21615101661b147dabfb2e1f97d7c46262a528a3e22852");
        assertThat(r.message().itemContent()).isNull();
        assertThat(r.message().type()).isEqualTo(MessageType.STORE);
    }

    @Test
    void removingKeepsTheReasonAndTheExactEnvelope() throws IOException {
        String text = Files.readString(Fixtures.dir().resolve("alephsdkpy-removing_message.json"));
        String hash = Json.parse(text).path("item_hash").asText();
        MessageRecord r = fetch("alephsdkpy-removing_message.json", hash).orElseThrow();
        assertThat(r.status()).isEqualTo(MessageStatus.REMOVING);
        assertThat(r.reason()).isNotBlank();
        ObjectNode sent = (ObjectNode) Json.parse(text).get("message");
        // every key but the node's parsed copy of the inline content, which item_content repeats
        sent.remove("content");
        assertThat(r.message().envelope()).isEqualTo(sent);
        assertThat(r.message().itemContent()).isEqualTo(Json.parse(text).path("message").path("item_content").asText());
    }

    @Test
    void processedStoreKeepsItsExactItemContent() throws IOException {
        String envelope = Files.readString(Fixtures.dir().resolve("alephrs-store-ipfs.json"));
        String hash = Json.parse(envelope).path("item_hash").asText();
        String body = "{\"status\":\"processed\",\"item_hash\":\"" + hash + "\",\"reception_time\":\"2024-01-01T00:00:00Z\","
                + "\"message\":" + envelope + "}";
        node.on("GET /api/v0/messages/" + hash, (ex, n) -> TestNode.send(ex, 200, body));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            MessageRecord r = client.message(hash).orElseThrow();
            assertThat(r.status()).isEqualTo(MessageStatus.PROCESSED);
            assertThat(ItemHashes.ofContent(r.message().itemContent())).isEqualTo(hash);
            assertThat(r.message().time()).isEqualTo(Json.parse(envelope).get("time").decimalValue());
        }
    }

    @Test
    void unknownHashIsEmpty() {
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(client.message("a".repeat(64))).isEmpty();
            assertThat(client.messageStatus("a".repeat(64))).isEmpty();
        }
    }

    @Test
    void statusEndpoint() {
        String hash = "b".repeat(64);
        node.on("GET /api/v0/messages/" + hash + "/status", (ex, n) -> TestNode.send(ex, 200,
                "{\"status\":\"processed\",\"item_hash\":\"" + hash + "\",\"reception_time\":\"2026-01-01T00:00:00Z\"}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            MessageStatusInfo info = client.messageStatus(hash).orElseThrow();
            assertThat(info.status()).isEqualTo(MessageStatus.PROCESSED);
            assertThat(info.receptionTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        }
    }
}
