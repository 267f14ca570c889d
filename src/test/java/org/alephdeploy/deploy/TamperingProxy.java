package org.alephdeploy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alephdeploy.message.Json;

/**
 * A node on the path that lies: it forwards every request to a real node and, in the answers it
 * is told to alter, rewrites the {@code item_content} of the victims (their name becomes
 * "relabelled") while leaving their item hash and signature as they were.
 */
public final class TamperingProxy implements AutoCloseable {
    /** Which answers are altered. */
    public enum Where {
        /** listings ({@code /api/v0/messages.json}) */
        LISTINGS,
        /** single messages ({@code /api/v0/messages/{hash}}) */
        SINGLE_MESSAGES,
        /** nothing but {@code /api/v0/version}, whose {@code sandbox} flag is dropped: a node that is not a sandbox */
        NOT_A_SANDBOX
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final Set<String> victims;
    private final Where where;

    private TamperingProxy(String target, Set<String> victims, Where where) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.victims = Set.copyOf(victims);
        this.where = where;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public static TamperingProxy start(String target, Set<String> victims, Where where) {
        try {
            return new TamperingProxy(target, victims, where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                req.header("Content-Type", type);
            }
            HttpResponse<byte[]> resp;
            try {
                resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(502, -1);
                return;
            }
            byte[] out = alter(ex.getRequestURI().getPath(), resp.body());
            resp.headers().firstValue("Content-Type").ifPresent(t -> ex.getResponseHeaders().set("Content-Type", t));
            ex.sendResponseHeaders(resp.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private byte[] alter(String path, byte[] body) {
        if (where == Where.NOT_A_SANDBOX) {
            if (!path.equals("/api/v0/version") || body.length == 0) {
                return body;
            }
            ObjectNode version = Json.parseObject(new String(body, StandardCharsets.UTF_8));
            version.remove("sandbox");
            return version.toString().getBytes(StandardCharsets.UTF_8);
        }
        boolean listing = path.equals("/api/v0/messages.json");
        boolean single = path.startsWith("/api/v0/messages/") && !path.endsWith(".json");
        if (!(where == Where.LISTINGS ? listing : single) || body.length == 0) {
            return body;
        }
        JsonNode root = Json.parse(new String(body, StandardCharsets.UTF_8));
        boolean changed = false;
        if (root.path("messages").isArray()) {
            for (JsonNode m : root.get("messages")) {
                changed |= relabel(m);
            }
        }
        if (root.path("message").isObject()) {
            changed |= relabel(root.get("message"));
        }
        return changed ? root.toString().getBytes(StandardCharsets.UTF_8) : body;
    }

    private boolean relabel(JsonNode message) {
        if (!victims.contains(message.path("item_hash").asText()) || !message.path("item_content").isTextual()) {
            return false;
        }
        ObjectNode content = (ObjectNode) Json.parse(message.get("item_content").asText());
        ObjectNode metadata = content.path("metadata").isObject() ? (ObjectNode) content.get("metadata") : content.putObject("metadata");
        metadata.put("name", "relabelled");
        content.put("time", content.path("time").asDouble() + 1);
        ((ObjectNode) message).put("item_content", content.toString());
        ((ObjectNode) message).set("content", content);
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
