package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Times;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import org.alephdeploy.message.ItemType;

class RetryAndFailoverTest {
    private static final String HASH = "a".repeat(64);
    private final TestNode node = new TestNode();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void retriesOn502And503And429ThenSucceeds() {
        node.on("GET /api/v0/version", (ex, n) -> {
            switch (n) {
                case 1 -> TestNode.send(ex, 502, "Bad Gateway");
                case 2 -> TestNode.send(ex, 503, "Service Unavailable");
                case 3 -> TestNode.send(ex, 429, "Too Many Requests");
                default -> TestNode.send(ex, 200, "{\"version\":\"v0.5.9\"}");
            }
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(client.version()).isEqualTo("v0.5.9");
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(4);
    }

    @Test
    void backoffWaitsStayUnderTheCap() {
        long[] at = new long[4];
        node.on("GET /api/v0/version", (ex, n) -> {
            at[n - 1] = System.nanoTime();
            TestNode.send(ex, n < 4 ? 503 : 200, n < 4 ? "busy" : "{\"version\":\"x\"}");
        });
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(20),
                Duration.ofMinutes(1));
        try (CcnClient client = Clients.fast(node.url()).retryPolicy(policy).build()) {
            client.version();
        }
        // full jitter: each wait is at most the 100 ms cap (plus scheduling slack)
        for (int i = 1; i < 4; i++) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(at[i] - at[i - 1])).isLessThan(1000);
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(4);
    }

    @Test
    void neverRetriesA400() {
        node.on("GET /api/v0/messages/*", (ex, n) -> TestNode.send(ex, 400, "Invalid message hash: zz"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThatThrownBy(() -> client.message("zz"))
                    .isInstanceOfSatisfying(NodeError.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.kind()).isEqualTo(NodeError.Kind.HTTP);
                        assertThat(e.isUnreachable()).isFalse();
                        assertThat(e.getMessage()).contains("Invalid message hash");
                    });
        }
        assertThat(node.calls("GET /api/v0/messages/*")).isEqualTo(1);
    }

    @Test
    void neverRetriesA422InvalidMessageFormat() {
        node.on("POST /api/v0/messages", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            TestNode.send(ex, 422, "InvalidMessageFormat");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThatThrownBy(() -> client.postMessage(signedStore(), false))
                    .isInstanceOfSatisfying(NodeError.class, e -> {
                        assertThat(e.kind()).isEqualTo(NodeError.Kind.INVALID_MESSAGE_FORMAT);
                        assertThat(e.httpStatus()).isEqualTo(422);
                        assertThat(e.explanation().what()).contains("malformed");
                    });
        }
        assertThat(node.calls("POST /api/v0/messages")).isEqualTo(1);
    }

    @Test
    void persistentServerErrorsEndAsUnreachableWithTheStatus() {
        node.on("GET /api/v0/version", (ex, n) -> TestNode.send(ex, 503, "maintenance"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThatThrownBy(client::version).isInstanceOfSatisfying(NodeError.class, e -> {
                assertThat(e.isUnreachable()).isTrue();
                assertThat(e.httpStatus()).isEqualTo(503);
                assertThat(e.getMessage()).contains("temporarily unavailable").contains("maintenance");
            });
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(Clients.FAST.maxRetries() + 1);
    }

    @Test
    void failsOverFromADeadNodeToALiveOne() {
        node.on("GET /api/v0/version", (ex, n) -> TestNode.send(ex, 200, "{\"version\":\"live\"}"));
        try (CcnClient client = Clients.fast(TestNode.deadUrl(), node.url()).build()) {
            assertThat(client.version()).isEqualTo("live");
            assertThat(client.version()).isEqualTo("live");
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(2);
    }

    @Test
    void allNodesDeadIsUnreachable() {
        String a = TestNode.deadUrl();
        String b = TestNode.deadUrl();
        try (CcnClient client = Clients.fast(a, b).build()) {
            assertThatThrownBy(client::version).isInstanceOfSatisfying(NodeError.class, e -> {
                assertThat(e.isUnreachable()).isTrue();
                assertThat(e.httpStatus()).isZero();
                assertThat(e.getMessage()).contains(a).contains(b).contains("internet connection");
            });
        }
    }

    @Test
    void aBodyCutShortIsRetried() {
        node.on("GET /api/v0/version", (ex, n) -> {
            if (n == 1) {
                ex.sendResponseHeaders(200, 100);
                OutputStream out = ex.getResponseBody();
                out.write("{\"vers".getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("drop the connection mid-body");
            }
            TestNode.send(ex, 200, "{\"version\":\"whole\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(client.version()).isEqualTo("whole");
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(2);
    }

    @Test
    void incompleteJsonOnA200IsRetried() {
        node.on("GET /api/v0/addresses/*", (ex, n) -> TestNode.send(ex, 200,
                n == 1 ? "{\"address\":\"0xabc\",\"balance\":12" : "{\"address\":\"0xabc\",\"balance\":12.5,\"locked_amount\":1,"
                        + "\"credit_balance\":3,\"details\":{\"ETH\":12.5}}"));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            Balance b = client.balance("0xabc");
            assertThat(b.balance()).isEqualByComparingTo("12.5");
            assertThat(b.lockedAmount()).isEqualByComparingTo("1");
            assertThat(b.creditBalance()).isEqualByComparingTo("3");
            assertThat(b.details()).containsKey("ETH");
        }
        assertThat(node.calls("GET /api/v0/addresses/*")).isEqualTo(2);
    }

    @Test
    void aSlowNodeTimesOutThenTheRetrySucceeds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        node.on("GET /api/v0/version", (ex, n) -> {
            if (n == 1) {
                awaitQuietly(release, 10);
            }
            TestNode.send(ex, 200, "{\"version\":\"after-timeout\"}");
        });
        long started = System.nanoTime();
        try (CcnClient client = Clients.fast(node.url()).readTimeout(Duration.ofMillis(300)).build()) {
            assertThat(client.version()).isEqualTo("after-timeout");
        } finally {
            release.countDown();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5000);
    }

    @Test
    void theCallDeadlineBoundsAllRetries() {
        CountDownLatch release = new CountDownLatch(1);
        node.on("GET /api/v0/version", (ex, n) -> {
            awaitQuietly(release, 10);
            TestNode.send(ex, 200, "{\"version\":\"late\"}");
        });
        RetryPolicy policy = Clients.FAST.withMaxRetries(50).withCallDeadline(Duration.ofMillis(800));
        long started = System.nanoTime();
        try (CcnClient client = Clients.fast(node.url()).retryPolicy(policy).build()) {
            assertThatThrownBy(client::version).isInstanceOfSatisfying(NodeError.class, e -> {
                assertThat(e.isUnreachable()).isTrue();
                assertThat(e.getMessage()).contains("time limit");
            });
        } finally {
            release.countDown();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(700L, 3000L);
    }

    @Test
    void retryAfterIsHonouredWithinReason() {
        long[] at = new long[2];
        node.on("GET /api/v0/version", (ex, n) -> {
            at[n - 1] = System.nanoTime();
            if (n == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                TestNode.send(ex, 429, "slow down");
            } else {
                TestNode.send(ex, 200, "{\"version\":\"ok\"}");
            }
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            client.version();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(at[1] - at[0])).isGreaterThanOrEqualTo(950);
    }

    static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Message signedStore() {
        KeyPairSigner signer = KeyPairSigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        return MessageDraft.inline(MessageType.STORE, "TEST", ContentWriter.store(signer.address(), Times.now(),
                ItemType.STORAGE, HASH, null, null, null)).sign(signer);
    }
}
