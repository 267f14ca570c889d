package org.alephdeploy.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import java.util.Comparator;

/** A sandbox node on a free port and a temp data dir, with an HTTP client and message builders. */
final class NodeHarness implements AutoCloseable {
    static final KeyPairSigner A = KeyPairSigner.fromHex(DemoSeed.KEY_0);
    static final KeyPairSigner B = KeyPairSigner.fromHex(DemoSeed.KEY_1);
    /** A key no seed funds. */
    static final KeyPairSigner POOR = KeyPairSigner.fromHex(ItemHashes.sha256Hex("sandbox-test-unfunded".getBytes(StandardCharsets.UTF_8)));
    static final String RUNTIME = BaseSeed.RUNTIME_HASH;
    static final String CHANNEL = "TEST";

    final Path dir;
    final SandboxNode node;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long clockTick;

    private NodeHarness(Path dir, SandboxNode node) {
        this.dir = dir;
        this.node = node;
    }

    static NodeHarness start(Consumer<SandboxOptions.Builder> config) {
        try {
            Path dir = Files.createTempDirectory("sandbox-test-");
            SandboxOptions.Builder b = SandboxOptions.builder(dir).port(0).retryAttempts(2).retryMaxDelay(Duration.ZERO)
                    .syncWait(Duration.ofSeconds(3));
            config.accept(b);
            return new NodeHarness(dir, SandboxNode.start(b.build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NodeHarness start() {
        return start(b -> { });
    }

    /** A unique message time in 2026 (after the persistent-credit cutoff, before credit-only). */
    BigDecimal nextTime() {
        return BigDecimal.valueOf(1_780_000_000L + 10 * clockTick++).setScale(1);
    }

    /** The status of an HTTP answer and its body. */
    record Res(int status, String body) {
        JsonNode json() {
            return Json.parse(body);
        }
    }

    Res get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Res post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Res postBytes(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A multipart form: parts given as name, filename (null for a plain field), bytes. */
    Res postMultipart(String path, List<Object[]> parts) {
        String boundary = "----sandbox-test-boundary-7d1";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object[] p : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\""
                    + (p[1] != null ? "; filename=\"" + p[1] + "\"\r\nContent-Type: application/octet-stream" : "")
                    + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes((byte[]) p[2]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return postBytes(path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private URI uri(String path) {
        return URI.create(node.url() + path);
    }

    private Res send(HttpRequest req) {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /api/v0/messages. */
    Res submit(Message m, boolean sync) {
        ObjectNode body = Json.object();
        body.put("sync", sync);
        body.set("message", m.toWire());
        return post("/api/v0/messages", Json.compact(body));
    }

    /** Uploads bytes unauthenticated (raw body) and returns the file hash. */
    String upload(byte[] bytes) {
        Res r = postBytes("/api/v0/storage/add_file", bytes, "application/octet-stream");
        if (r.status() != 200) {
            throw new IllegalStateException("upload failed: " + r);
        }
        return r.json().path("hash").asText();
    }

    String upload(String text) {
        return upload(text.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode message(String hash) {
        return get("/api/v0/messages/" + hash).json();
    }

    String status(String hash) {
        Res r = get("/api/v0/messages/" + hash);
        return r.status() == 404 ? "not_found" : r.json().path("status").asText();
    }

    /** Waits until the message's status satisfies {@code done}; returns the message view. */
    JsonNode awaitStatus(String hash, Predicate<String> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String s = status(hash);
            if (done.test(s)) {
                return message(hash);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("message " + hash + " still " + s + " after " + timeout);
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    JsonNode awaitFinal(String hash) {
        return awaitStatus(hash, s -> !s.equals("pending") && !s.equals("not_found"), Duration.ofSeconds(10));
    }

    Message sign(KeyPairSigner signer, MessageType type, ObjectNode content) {
        return MessageDraft.inline(type, CHANNEL, content).sign(signer);
    }

    /** A STORE of {@code text} (uploaded first) by {@code signer}, optionally a revision of {@code ref}. */
    Message store(KeyPairSigner signer, String text, String ref) {
        String fileHash = upload(text);
        return sign(signer, MessageType.STORE, ContentWriter.store(signer.address(), nextTime(), ItemType.STORAGE, fileHash,
                ref, null, new Payment("ETH", null, Payment.HOLD)));
    }

    /** A processed STORE (asserts it). */
    Message processedStore(KeyPairSigner signer, String text) {
        Message m = store(signer, text, null);
        Res r = submit(m, true);
        if (r.status() != 200) {
            throw new AssertionError("STORE not processed: " + r + " " + message(m.itemHash()));
        }
        return m;
    }

    /** A canonical PROGRAM content on the official runtime. */
    ObjectNode programContent(String owner, String code, boolean codeLatest, boolean allowAmend, String replaces) {
        ObjectNode c = Json.object();
        c.put("address", owner);
        c.put("time", nextTime());
        c.put("allow_amend", allowAmend);
        c.putObject("metadata").put("name", "test program");
        c.putObject("environment").put("internet", true);
        c.putObject("resources").put("vcpus", 1).put("memory", 256).put("seconds", 30);
        c.set("payment", new Payment("ETH", null, Payment.HOLD).toJson());
        if (replaces != null) {
            c.put("replaces", replaces);
        }
        c.put("type", "vm-function");
        c.putObject("code").put("encoding", "zip").put("entrypoint", "main:app").put("ref", code).put("use_latest", codeLatest);
        c.putObject("runtime").put("ref", RUNTIME).put("use_latest", true).put("comment", "");
        c.putObject("on").put("http", true);
        return ContentWriter.canonicalProgram(c);
    }

    Message program(KeyPairSigner signer, String code, boolean allowAmend, String replaces) {
        return sign(signer, MessageType.PROGRAM, programContent(signer.address(), code, true, allowAmend, replaces));
    }

    Message forget(KeyPairSigner signer, String... hashes) {
        return sign(signer, MessageType.FORGET, ContentWriter.forget(signer.address(), nextTime(), List.of(hashes), "test"));
    }

    @Override
    public void close() {
        node.close();
        deleteTree(dir);
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort cleanup of a temp dir
                }
            });
        } catch (IOException ignored) {
            // best effort cleanup of a temp dir
        }
    }
}
