package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.alephdeploy.Slow;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;

/** A node killed with SIGKILL mid-ingest restarts with every processed message and stored file. */
@Slow
class PersistenceTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process launch(Path data, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.alephdeploy.app.Launcher", "sandbox", "--port", String.valueOf(port), "--data", data.toString(), "--free");
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolveSibling(data.getFileName() + "-" + port + ".log").toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (status("http://127.0.0.1:" + port + "/api/v0/version") == 200) {
                return p;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the sandbox process exited with " + p.exitValue());
            }
            LockSupport.parkNanos(50_000_000L);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the sandbox did not answer on port " + port);
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpResponse<String> post(String url, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Message post(int i) {
        return MessageDraft.inline(MessageType.POST, "PERSIST", ContentWriter.post(NodeHarness.A.address(),
                BigDecimal.valueOf(1_780_000_000L + i).setScale(1), "persist", Json.object().put("i", i), null))
                .sign(NodeHarness.A);
    }

    @Test
    void killedMidIngestRestartsWithEverythingAcknowledged() throws Exception {
        Path root = Files.createTempDirectory("sandbox-kill-");
        Path data = root.resolve("data");
        int port = freePort();
        Process first = launch(data, port);
        String api = "http://127.0.0.1:" + port;
        ConcurrentLinkedQueue<String> processed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> files = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread ingest = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                try {
                    byte[] file = ("persisted file " + i).getBytes(StandardCharsets.UTF_8);
                    if (post(api + "/api/v0/storage/add_file", "application/octet-stream", file).statusCode() == 200) {
                        files.add(ItemHashes.sha256Hex(file));
                    }
                    Message m = post(i);
                    String body = "{\"sync\":" + (i % 2 == 0) + ",\"message\":" + m.toWireJson() + "}";
                    int code = post(api + "/api/v0/messages", "application/json", body.getBytes(StandardCharsets.UTF_8)).statusCode();
                    if (code == 200) {
                        processed.add(m.itemHash());
                    } else if (code == 202) {
                        accepted.add(m.itemHash());
                    }
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "ingest");
        ingest.start();
        long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < until || processed.size() < 5) {
            LockSupport.parkNanos(20_000_000L);
        }
        first.destroyForcibly().waitFor();
        stop.set(true);
        ingest.join(10_000);

        Process second = launch(data, port);
        try {
            List<String> missing = new ArrayList<>();
            for (String h : processed) {
                if (!body(api + "/api/v0/messages/" + h).contains("\"status\":\"processed\"")) {
                    missing.add(h);
                }
            }
            assertThat(missing).as("processed before the kill, processed after restart").isEmpty();
            for (String f : files) {
                assertThat(body(api + "/api/v0/storage/raw/" + f)).startsWith("persisted file ");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (String h : accepted) {
                while (!body(api + "/api/v0/messages/" + h).contains("\"status\":\"processed\"")) {
                    assertThat(System.nanoTime()).as("queued message " + h + " processed after restart").isLessThan(deadline);
                    LockSupport.parkNanos(20_000_000L);
                }
            }
            assertThat(processed.size() + accepted.size()).isGreaterThanOrEqualTo(5);
        } finally {
            second.destroy();
            second.waitFor();
            NodeHarness.deleteTree(root);
        }
    }

    private String body(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
