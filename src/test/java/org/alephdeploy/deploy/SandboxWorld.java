package org.alephdeploy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.function.Consumer;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageWaiter;
import org.alephdeploy.ccn.RetryPolicy;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.message.Times;
import org.alephdeploy.sandbox.BaseSeed;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.message.MessageFormatException;

/**
 * A sandbox node on a free loopback port with a temp data dir, a client and an engine on it with
 * short waits, and helpers to seed signed messages and to read the node's state raw over HTTP
 * (not through the inventory under test).
 */
public final class SandboxWorld implements AutoCloseable {
    public static final String RUNTIME = BaseSeed.RUNTIME_HASH;
    public static final String CHANNEL = "TEST";

    public final Path dir;
    public final SandboxNode node;
    public final CcnClient client;
    public final Engine engine;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private BigDecimal last;

    private SandboxWorld(Path dir, SandboxNode node) {
        this.dir = dir;
        this.node = node;
        this.client = client(node.url());
        this.engine = engine(client, dir);
    }

    public static SandboxWorld start() {
        return start(b -> { });
    }

    public static SandboxWorld start(Consumer<SandboxOptions.Builder> config) {
        try {
            Path dir = Files.createTempDirectory("engine-test-");
            SandboxOptions.Builder b = SandboxOptions.builder(dir.resolve("node")).port(0).retryAttempts(2)
                    .retryMaxDelay(Duration.ZERO).syncWait(Duration.ofSeconds(2));
            config.accept(b);
            return new SandboxWorld(dir, SandboxNode.start(b.build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CcnClient client(String url) {
        return CcnClient.builder().node(url).readTimeout(Duration.ofSeconds(20)).retryPolicy(RetryPolicy.DEFAULT
                .withMaxRetries(8).withDelays(Duration.ofMillis(5), Duration.ofMillis(100))).build();
    }

    public static Engine engine(CcnClient client, Path dir) {
        return Engine.builder(client, "sandbox", dir.resolve("data"), dir.resolve("cache"))
                .runSettings(new RunSettings(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofMillis(10),
                        Duration.ofMillis(100)))
                .build();
    }

    /** A time just before now, as other clients sign (seeds precede what the engine signs), increasing with each call. */
    public synchronized BigDecimal seedTime() {
        BigDecimal t = Times.now().subtract(BigDecimal.valueOf(60));
        if (last != null && t.compareTo(last) <= 0) {
            t = last.add(new BigDecimal("0.001"));
        }
        last = t;
        return t;
    }

    /** Uploads {@code text} and publishes a STORE of it (a revision when {@code ref} is given); waits until processed. */
    public Message store(KeyPairSigner signer, String text, String ref, String name) {
        Path f = file("seed-" + ItemHashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), text);
        ObjectNode meta = name == null ? null : Json.object().put("name", name);
        ObjectNode c = ContentWriter.store(signer.address(), seedTime(), ItemType.STORAGE,
                ItemHashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), ref, meta, new Payment("ETH", null, Payment.HOLD));
        Message m = MessageDraft.inline(MessageType.STORE, CHANNEL, c).sign(signer);
        client.addFile(f, m, false, null, null);
        awaitProcessed(m.itemHash());
        return m;
    }

    /** Publishes a program of {@code spec} (time and runtime filled in when unset); waits until processed. */
    public Message program(KeyPairSigner signer, Signed.ProgramSpec spec) {
        if (spec.time == 0) {
            spec.time = seedTime().longValue() - 1;
        }
        if (spec.runtimeRef == null) {
            spec.runtimeRef = RUNTIME;
        }
        return publish(Signed.program(signer, spec));
    }

    /** Publishes an updatable program named {@code name}, its code a small zip-looking STORE of its own; waits until processed. */
    public Message updatableProgram(KeyPairSigner signer, String name) {
        Message code = store(signer, "PK\u0003\u0004" + name, null, null);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.allowAmend = true;
        s.name = name;
        return program(signer, s);
    }

    public Message publish(Message m) {
        client.postMessage(m, false);
        awaitProcessed(m.itemHash());
        return m;
    }

    public void awaitProcessed(String hash) {
        new MessageWaiter(client, Duration.ofMillis(10), Duration.ofMillis(100)).awaitProcessed(hash, Duration.ofSeconds(20), null);
    }

    /** A file under the world's directory with {@code text} (same name, same bytes). */
    public Path file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path file(String name, byte[] bytes) {
        try {
            Path p = dir.resolve("files").resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- raw reads

    /** A raw GET; retried on 5xx and lost connections, since tests may run the node with injected faults. */
    public JsonNode get(String path) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 404) {
                    return Json.object();
                }
                if (r.statusCode() == 200) {
                    return Json.parse(r.body());
                }
                last = new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
                if (r.statusCode() < 500) {
                    throw last;
                }
            } catch (IOException | MessageFormatException e) {
                last = new IllegalStateException(path + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw last;
    }

    /** The status of {@code hash} as GET /api/v0/messages/{hash} says it, or "unknown". */
    public String status(String hash) {
        return get("/api/v0/messages/" + hash).path("status").asText("unknown");
    }

    /** The file hash the latest revision of {@code root} resolves to (by-ref), or null. */
    public String latestFile(String root) {
        return get("/api/v0/storage/by-ref/" + root).path("file_hash").asText(null);
    }

    /** How many processed PROGRAM messages {@code owner} has. */
    public int programCount(String owner) {
        return get("/api/v0/messages.json?msgTypes=PROGRAM&owners=" + owner + "&pagination=0").path("messages").size();
    }

    /** The processed content of a message, from the node. */
    public JsonNode content(String hash) {
        return get("/api/v0/messages/" + hash).path("message").path("content");
    }

    @Override
    public void close() {
        client.close();
        node.close();
    }
}
