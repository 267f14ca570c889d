package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.alephdeploy.message.StoreContent;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.message.CanonicalJson;
import java.util.Arrays;

/**
 * A node on 127.0.0.1 that answers with hostile bodies: each case ends in a clear {@link NodeError}
 * within seconds, without reading more than the client's limit into memory.
 */
class HostileNodeTest {
    private static final Duration SECONDS = Duration.ofSeconds(30);
    private TestNode node;
    private TestNode elsewhere;

    @BeforeEach
    void start() {
        node = new TestNode();
        elsewhere = new TestNode();
    }

    @AfterEach
    void stop() {
        node.close();
        elsewhere.close();
    }

    private CcnClient client() {
        return Clients.fast(node.url()).build();
    }

    @Test
    void aTwoGibibyteBodyIsCutAtTheLimitNotAllocated() {
        AtomicLong sent = new AtomicLong();
        node.on("GET /api/v0/version", (ex, n) -> {
            long size = 2L * 1024 * 1024 * 1024;
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = ex.getResponseBody()) {
                for (long written = 0; written < size; written += chunk.length) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client hung up once it had read its limit
            }
        });
        try (CcnClient c = client()) {
            assertTimeoutPreemptively(SECONDS, () -> assertThatThrownBy(c::version)
                    .isInstanceOf(NodeError.class).hasMessageContaining("larger than 1 MiB to GET /api/v0/version"));
        }
        assertThat(sent.get()).isLessThan(1024L * 1024 * 1024);
    }

    @Test
    void eachEndpointHasItsOwnLimitAndAnUnannouncedBodyIsCutThereToo() {
        String padding = " ".repeat(2 * 1024 * 1024);
        node.on("GET /api/v0/version", (ex, n) -> chunked(ex, "{\"version\":\"1\"}" + padding));
        String message = message("cd".repeat(32), "1700000000.0");
        node.on("GET /api/v0/messages/" + "cd".repeat(32), (ex, n) -> chunked(ex, "{\"status\":\"processed\",\"message\":"
                + message + " ".repeat(9 * 1024 * 1024) + "}"));
        node.on("GET /api/v0/messages.json", (ex, n) -> TestNode.send(ex, 200, "{\"messages\":[" + message
                + "],\"pagination_page\":1,\"pagination_per_page\":20,\"pagination_total\":1,\"pagination_item\":\"messages\"}"
                + padding));
        try (CcnClient c = client()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                assertThatThrownBy(c::version).isInstanceOf(NodeError.class)
                        .hasMessageContaining("larger than 1 MiB to GET /api/v0/version")
                        .hasMessageContaining("the most this kind of answer can weigh");
                assertThatThrownBy(() -> c.message("cd".repeat(32))).isInstanceOf(NodeError.class)
                        .hasMessageContaining("larger than 8 MiB to GET /api/v0/messages/" + "cd".repeat(32));
                assertThat(c.listAll(MessageFilter.builder().build())).as("a 2 MiB listing page is fine").hasSize(1);
            });
        }
    }

    @Test
    void aDownloadLongerThanItsLimitStopsThereAndLeavesNoFile(@TempDir Path dir) {
        String hash = "ef".repeat(32);
        node.on("GET /api/v0/storage/raw/" + hash, (ex, n) -> chunked(ex, "x".repeat(3 * 1024 * 1024)));
        Path target = dir.resolve("file");
        try (CcnClient c = client()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> c.download(hash, target,
                    UploadListener.NONE, 1024 * 1024)).isInstanceOf(NodeError.class)
                    .hasMessageContaining("larger than 1 MiB to GET /api/v0/storage/raw/" + hash));
        }
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("file.part")).doesNotExist();
    }

    /** Sends {@code body} without announcing its length (chunked), so only reading tells how long it is. */
    private static void chunked(HttpExchange ex, String body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client hung up once it had read its limit
        }
    }

    @Test
    void tenThousandDeepJsonIsRefusedAtOnce() {
        node.on("GET /api/v0/version", (ex, n) -> TestNode.send(ex, 200, "[".repeat(10_000) + "]".repeat(10_000)));
        try (CcnClient c = client()) {
            assertTimeoutPreemptively(SECONDS, () -> assertThatThrownBy(c::version)
                    .isInstanceOf(NodeError.class).hasMessageContaining("nesting"));
        }
    }

    @Test
    void endlessFullPagesStop() {
        AtomicLong served = new AtomicLong();
        node.on("GET /api/v0/messages.json", (ex, n) -> {
            int page = Integer.parseInt(TestNode.query(ex, "page") == null ? "1" : TestNode.query(ex, "page"));
            int perPage = Integer.parseInt(TestNode.query(ex, "pagination"));
            StringBuilder body = new StringBuilder("{\"messages\":[");
            for (int i = 0; i < perPage; i++) {
                if (i > 0) {
                    body.append(',');
                }
                body.append(message(String.format("%064x", (long) page * perPage + i), "1700000000.0"));
            }
            body.append("],\"pagination_page\":").append(page).append(",\"pagination_per_page\":").append(perPage)
                    .append(",\"pagination_total\":").append(perPage).append(",\"pagination_item\":\"messages\"}");
            served.incrementAndGet();
            TestNode.send(ex, 200, body.toString());
        });
        try (CcnClient c = Clients.fast(node.url()).listPageSize(20).build()) {
            assertTimeoutPreemptively(SECONDS, () -> assertThatThrownBy(() -> c.listAll(MessageFilter.builder().build()))
                    .isInstanceOf(NodeError.class).hasMessageContaining("full pages without end"));
        }
        assertThat(served.get()).isLessThan(200);
    }

    @Test
    void aHugeTimeIsNoTime() {
        node.on("GET /api/v0/messages.json", (ex, n) -> TestNode.send(ex, 200, "{\"messages\":[" + message("ab".repeat(32), "1e999999999")
                + "],\"pagination_page\":1,\"pagination_per_page\":20,\"pagination_total\":1,\"pagination_item\":\"messages\"}"));
        try (CcnClient c = client()) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                List<Message> listed = c.listAll(MessageFilter.builder().build());
                assertThat(listed).hasSize(1);
                assertThat(listed.get(0).time()).isNull();
                assertThat(new StoreContent(listed.get(0).content()).time()).isNull();
                assertThatThrownBy(() -> CanonicalJson.write(listed.get(0).content()))
                        .isInstanceOf(MessageFormatException.class).hasMessageContaining("too many digits");
            });
        }
    }

    @Test
    void aRedirectToAnotherOriginIsNotFollowed() {
        elsewhere.on("GET /api/v0/version", (ex, n) -> TestNode.send(ex, 200, "{\"version\":\"elsewhere\"}"));
        node.on("GET /api/v0/version", (ex, n) -> redirect(ex, elsewhere.url() + "/api/v0/version"));
        try (CcnClient c = client()) {
            assertTimeoutPreemptively(SECONDS, () -> assertThatThrownBy(c::version)
                    .isInstanceOf(NodeError.class).hasMessageContaining("only redirects within the same origin"));
        }
        assertThat(elsewhere.calls("GET /api/v0/version")).isZero();
    }

    @Test
    void aRedirectWithinTheOriginIsFollowed() {
        node.on("GET /api/v0/version", (ex, n) -> redirect(ex, node.url() + "/api/v0/moved"));
        node.on("GET /api/v0/moved", (ex, n) -> TestNode.send(ex, 200, "{\"version\":\"moved\"}"));
        try (CcnClient c = client()) {
            assertThat(c.version()).isEqualTo("moved");
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static String message(String hash, String time) {
        String content = "{\\\"address\\\":\\\"0x0000000000000000000000000000000000000001\\\",\\\"time\\\":" + time
                + ",\\\"item_type\\\":\\\"storage\\\",\\\"item_hash\\\":\\\"" + "cd".repeat(32) + "\\\"}";
        return "{\"chain\":\"ETH\",\"sender\":\"0x0000000000000000000000000000000000000001\",\"type\":\"STORE\",\"channel\":\"T\","
                + "\"item_type\":\"inline\",\"item_hash\":\"" + hash + "\",\"item_content\":\"" + content + "\",\"signature\":\"0x00\","
                + "\"time\":" + time + "}";
    }
}
