package org.alephdeploy.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.vm.Mksquashfs;

/** Publishes files, STOREs and programs to a sandbox at {@code url} over HTTP, and calls its /vm/ routes. */
public final class VmClient {
    final String url;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long tick;

    public VmClient(String url) {
        this.url = url;
    }

    public record Res(int status, String body) {
        public JsonNode json() {
            return Json.parse(body);
        }
    }

    public Res get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(90)).GET().build());
    }

    Res post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private Res send(HttpRequest r) {
        try {
            HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
            return new Res(res.statusCode(), res.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    BigDecimal nextTime() {
        return BigDecimal.valueOf(1_780_000_000L + 10 * tick++).setScale(1);
    }

    /** Uploads {@code bytes}, publishes a STORE of them (a revision of {@code ref} when given) and waits until processed. */
    public Message store(KeyPairSigner signer, byte[] bytes, String ref) {
        Res up = post("/api/v0/storage/add_file", "application/octet-stream", bytes);
        if (up.status() != 200) {
            throw new AssertionError("upload failed: " + up);
        }
        Message m = MessageDraft.inline(MessageType.STORE, "TEST", ContentWriter.store(signer.address(), nextTime(),
                ItemType.STORAGE, up.json().path("hash").asText(), ref, null, new Payment("ETH", null, Payment.HOLD)))
                .sign(signer);
        return submit(m);
    }

    public Message submit(Message m) {
        ObjectNode body = Json.object();
        body.put("sync", true);
        body.set("message", m.toWire());
        Res r = post("/api/v0/messages", "application/json", Json.compact(body).getBytes(StandardCharsets.UTF_8));
        if (r.status() != 200) {
            throw new AssertionError("message not processed: " + r);
        }
        return m;
    }

    /** A PROGRAM on the seeded runtime: zip code (use_latest), and one immutable volume at {@code mount} when given. */
    public Message program(KeyPairSigner signer, String code, String entrypoint, String volume, String mount, boolean volumeLatest,
            int idleSeconds) {
        ObjectNode c = Json.object();
        c.put("address", signer.address());
        c.put("time", nextTime());
        c.put("allow_amend", false);
        c.putObject("metadata").put("name", "vm test");
        c.putObject("environment").put("internet", true);
        c.putObject("resources").put("vcpus", 1).put("memory", 256).put("seconds", idleSeconds);
        c.putObject("variables").put("GREETING", "hello from the variables");
        c.set("payment", new Payment("ETH", null, Payment.HOLD).toJson());
        c.put("type", "vm-function");
        c.putObject("code").put("encoding", "zip").put("entrypoint", entrypoint).put("ref", code).put("use_latest", true);
        c.putObject("runtime").put("ref", BaseSeed.RUNTIME_HASH).put("use_latest", true).put("comment", "");
        c.putObject("on").put("http", true);
        ArrayNode vols = c.putArray("volumes");
        if (volume != null) {
            vols.addObject().put("mount", mount).put("ref", volume).put("use_latest", volumeLatest);
        }
        return submit(MessageDraft.inline(MessageType.PROGRAM, "TEST", ContentWriter.canonicalProgram(c)).sign(signer));
    }

    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A squashfs image (made by mksquashfs) holding {@code files}. */
    public static byte[] squashfs(Path tmp, Map<String, String> files) {
        try {
            Path dir = Files.createTempDirectory(tmp, "sq-");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            Path img = Mksquashfs.make(dir, dir.resolveSibling(dir.getFileName() + ".squashfs"));
            return Files.readAllBytes(img);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ASGI main.py answering {@code prefix} + greeting.TEXT, greeting imported from /opt/packages. */
    public static String asgiMain(String prefix) {
        return """
                import os
                import greeting

                async def app(scope, receive, send):
                    if scope["type"] == "lifespan":
                        await receive()
                        await send({"type": "lifespan.startup.complete"})
                        return
                    await receive()
                    if scope["path"] == "/pid":
                        body = str(os.getpid())
                    elif scope["path"] == "/env":
                        body = os.environ.get("GREETING", "")
                    else:
                        body = "%s" + greeting.TEXT
                    print("served", scope["path"])
                    await send({"type": "http.response.start", "status": 200,
                                "headers": [[b"content-type", b"text/plain"]]})
                    await send({"type": "http.response.body", "body": body.encode()})
                """.formatted(prefix);
    }
}
