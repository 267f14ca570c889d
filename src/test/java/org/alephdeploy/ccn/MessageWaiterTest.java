package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.MessageStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageWaiterTest {
    private static final String HASH = "e".repeat(64);
    private final TestNode node = new TestNode();

    @AfterEach
    void stop() {
        node.close();
    }

    private static String record(String status) {
        String message = "{\"sender\":\"0xabc\",\"chain\":\"ETH\",\"signature\":\"0x00\",\"type\":\"STORE\",\"item_content\":"
                + "\"{}\",\"item_type\":\"inline\",\"item_hash\":\"" + HASH + "\",\"time\":1700000000.0,\"channel\":\"TEST\"}";
        String body = status.equals("pending") ? "\"messages\":[" + message + "]" : "\"message\":" + message;
        String extra = status.equals("rejected") ? ",\"error_code\":302,\"details\":null" : "";
        return "{\"status\":\"" + status + "\",\"item_hash\":\"" + HASH + "\",\"reception_time\":\"2026-01-01T00:00:00Z\","
                + body + extra + "}";
    }

    @Test
    void pollsUntilTheWantedStatus() {
        node.on("GET /api/v0/messages/" + HASH, (ex, n) -> {
            if (n == 1) {
                TestNode.send(ex, 404, "404: Not Found");
            } else {
                TestNode.send(ex, 200, record(n < 4 ? "pending" : "processed"));
            }
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            MessageRecord r = new MessageWaiter(client, Duration.ofMillis(10), Duration.ofMillis(50))
                    .awaitStatus(HASH, EnumSet.of(MessageStatus.PROCESSED), Duration.ofSeconds(10), null);
            assertThat(r.status()).isEqualTo(MessageStatus.PROCESSED);
        }
        assertThat(node.calls("GET /api/v0/messages/" + HASH)).isEqualTo(4);
    }

    @Test
    void settledIncludesRejections() {
        node.on("GET /api/v0/messages/" + HASH, (ex, n) -> TestNode.send(ex, 200, record(n < 2 ? "pending" : "rejected")));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            MessageRecord r = new MessageWaiter(client, Duration.ofMillis(10), Duration.ofMillis(50))
                    .awaitSettled(HASH, Duration.ofSeconds(10), null);
            assertThat(r.status()).isEqualTo(MessageStatus.REJECTED);
            assertThat(r.errorCode()).isEqualTo(302);
        }
    }

    @Test
    void awaitProcessedTurnsARejectionIntoItsNodeError() {
        node.on("GET /api/v0/messages/" + HASH, (ex, n) -> TestNode.send(ex, 200, record(n < 2 ? "pending" : "rejected")));
        try (CcnClient client = Clients.fast(node.url()).build()) {
            MessageWaiter waiter = new MessageWaiter(client, Duration.ofMillis(10), Duration.ofMillis(50));
            assertThatThrownBy(() -> waiter.awaitProcessed(HASH, Duration.ofSeconds(10), null))
                    .isInstanceOfSatisfying(NodeError.class, e -> {
                        assertThat(e.kind()).isEqualTo(NodeError.Kind.REJECTED);
                        assertThat(e.errorCode()).isEqualTo(302);
                        assertThat(e.getMessage()).startsWith("The program was not changed.");
                    });
        }
    }

    @Test
    void timesOutWithTheLastSeenStatus() {
        node.on("GET /api/v0/messages/" + HASH, (ex, n) -> TestNode.send(ex, 200, record("pending")));
        long started = System.nanoTime();
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThatThrownBy(() -> new MessageWaiter(client)
                    .awaitStatus(HASH, EnumSet.of(MessageStatus.PROCESSED), Duration.ofMillis(700), null))
                    .isInstanceOfSatisfying(AwaitTimeoutException.class, e -> {
                        assertThat(e.lastSeen()).get().extracting(MessageRecord::status).isEqualTo(MessageStatus.PENDING);
                        assertThat(e.getMessage()).contains("still pending");
                    });
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(ms).isBetween(650L, 3000L);
        // 200 ms doubling: polls at about 0, 200, 600 ms, then the deadline
        assertThat(node.calls("GET /api/v0/messages/" + HASH)).isBetween(3, 5);
    }

    @Test
    void cancellationStopsTheWaitPromptly() throws Exception {
        CountDownLatch polled = new CountDownLatch(1);
        node.on("GET /api/v0/messages/" + HASH, (ex, n) -> {
            TestNode.send(ex, 200, record("pending"));
            polled.countDown();
        });
        Cancellation cancel = Cancellation.create();
        try (CcnClient client = Clients.fast(node.url()).build()) {
            MessageWaiter waiter = new MessageWaiter(client, Duration.ofSeconds(30), Duration.ofSeconds(30));
            CompletableFuture<MessageRecord> wait = CompletableFuture.supplyAsync(() ->
                    waiter.awaitStatus(HASH, EnumSet.of(MessageStatus.PROCESSED), Duration.ofMinutes(5), cancel));
            assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
            long at = System.nanoTime();
            cancel.cancel();
            Throwable failure = null;
            try {
                wait.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            assertThat(failure).isInstanceOf(CancellationException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at)).isLessThan(1500);
        }
    }
}
