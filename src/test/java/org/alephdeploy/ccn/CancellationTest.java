package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.TimeoutException;

class CancellationTest {
    private static final long PROMPT_MS = 1500;
    private final TestNode node = new TestNode();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        node.close();
    }

    @Test
    void cancellingASlowCallAbortsItPromptly() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        node.on("GET /api/v0/version", (ex, n) -> {
            arrived.countDown();
            RetryAndFailoverTest.awaitQuietly(release, 30);
            TestNode.send(ex, 200, "{\"version\":\"too late\"}");
        });
        Cancellation cancel = Cancellation.create();
        try (CcnClient client = Clients.fast(node.url()).readTimeout(Duration.ofSeconds(60)).build()) {
            CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> client.with(cancel).version());
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
            long cancelledAt = System.nanoTime();
            cancel.cancel();
            Throwable failure = failureOf(call);
            assertThat(failure).isInstanceOf(CancellationException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt)).isLessThan(PROMPT_MS);
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(1);
    }

    @Test
    void interruptingTheCallingThreadAbortsTheCallAndKeepsTheFlag() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        node.on("GET /api/v0/version", (ex, n) -> {
            arrived.countDown();
            RetryAndFailoverTest.awaitQuietly(release, 30);
            TestNode.send(ex, 200, "{\"version\":\"too late\"}");
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        try (CcnClient client = Clients.fast(node.url()).readTimeout(Duration.ofSeconds(60)).build()) {
            Thread caller = new Thread(() -> {
                try {
                    client.version();
                } catch (RuntimeException e) {
                    failure.set(e);
                    flagKept.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
            long interruptedAt = System.nanoTime();
            caller.interrupt();
            caller.join(10_000);
            assertThat(caller.isAlive()).isFalse();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAt)).isLessThan(PROMPT_MS);
        }
        assertThat(failure.get()).isInstanceOf(CancellationException.class);
        assertThat(flagKept).isTrue();
    }

    @Test
    void cancellingDuringABackoffWaitEndsItPromptly() throws Exception {
        CountDownLatch firstFailure = new CountDownLatch(1);
        node.on("GET /api/v0/version", (ex, n) -> {
            TestNode.send(ex, 503, "busy");
            firstFailure.countDown();
        });
        RetryPolicy slow = new RetryPolicy(5, Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMinutes(5),
                Duration.ofMinutes(5));
        Cancellation cancel = Cancellation.create();
        try (CcnClient client = Clients.fast(node.url()).retryPolicy(slow).build()) {
            CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> client.with(cancel).version());
            assertThat(firstFailure.await(10, TimeUnit.SECONDS)).isTrue();
            long cancelledAt = System.nanoTime();
            cancel.cancel();
            assertThat(failureOf(call)).isInstanceOf(CancellationException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt)).isLessThan(PROMPT_MS);
        }
    }

    @Test
    void cancellingAnUploadMidwayStopsItPromptly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(64L << 20);
        }
        node.on("HEAD /api/v0/storage/raw/*", (ex, n) -> TestNode.send(ex, 404, ""));
        CountDownLatch serverReading = new CountDownLatch(1);
        node.on("POST /api/v0/storage/add_file", (ex, n) -> {
            InputStream in = ex.getRequestBody();
            in.readNBytes(4 << 20);
            serverReading.countDown();
            // stop reading: the client's writes block once the socket buffers are full
            RetryAndFailoverTest.awaitQuietly(release, 30);
            TestNode.send(ex, 500, "unused");
        });
        Cancellation cancel = Cancellation.create();
        AtomicReference<Long> lastProgress = new AtomicReference<>(0L);
        try (CcnClient client = Clients.fast(node.url()).build()) {
            CompletableFuture<UploadResult> upload = CompletableFuture.supplyAsync(() ->
                    client.addFile(file, null, false, (sent, total, rate) -> lastProgress.set(sent), cancel));
            assertThat(serverReading.await(20, TimeUnit.SECONDS)).isTrue();
            long cancelledAt = System.nanoTime();
            cancel.cancel();
            assertThat(failureOf(upload)).isInstanceOf(CancellationException.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt)).isLessThan(PROMPT_MS);
        }
        assertThat(lastProgress.get()).isBetween(4L << 20, (64L << 20) - 1);
        assertThat(node.calls("POST /api/v0/storage/add_file")).isEqualTo(1);
        assertThat(Files.size(file)).isEqualTo(64L << 20);
    }

    @Test
    void aCancelledHandleRefusesNewCalls() {
        node.on("GET /api/v0/version", (ex, n) -> TestNode.send(ex, 200, "{\"version\":\"x\"}"));
        Cancellation cancel = Cancellation.create();
        cancel.cancel();
        try (CcnClient client = Clients.fast(node.url()).build()) {
            Throwable thrown = catchFailure(() -> client.with(cancel).version());
            assertThat(thrown).isInstanceOf(CancellationException.class);
            assertThat(client.version()).isEqualTo("x");
        }
        assertThat(node.calls("GET /api/v0/version")).isEqualTo(1);
    }

    private static Throwable failureOf(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        }
    }

    private static Throwable catchFailure(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
