package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;

/**
 * A client of the sandbox's own import endpoints ({@code /api/v0/sandbox/import…}, docs/sandbox.md
 * "Importing signed history"): they exist on a sandbox node only, never on the network.
 */
public final class SandboxImport {
    private final String base;
    private final HttpClient http;

    public SandboxImport(String sandboxUrl) {
        this.base = sandboxUrl.replaceAll("/+$", "");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Posts a batch ({@code messages}, {@code forgotten}, {@code accounts}) and returns the sandbox's answer. */
    public JsonNode history(JsonNode batch) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v0/sandbox/import"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.compact(batch), StandardCharsets.UTF_8)));
    }

    /** Posts a file's bytes; the sandbox keeps them only when they hash to {@code hash}. */
    public JsonNode file(String hash, Path bytes) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + "/api/v0/sandbox/import/file?hash=" + hash))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the downloaded file " + bytes + ": " + e.getMessage(), e);
        }
    }

    /** Marks files remote: {@code {"files":[{"hash","size","source"}]}}. */
    public JsonNode remote(JsonNode files) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v0/sandbox/import/remote"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.compact(files), StandardCharsets.UTF_8)));
    }

    /** Sets the statuses of copied messages: {@code {"statuses":[{"item_hash","status"}]}}. */
    public JsonNode statuses(JsonNode statuses) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v0/sandbox/import/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.compact(statuses), StandardCharsets.UTF_8)));
    }

    private JsonNode send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw NodeError.http(r.statusCode(), r.body(), null, base);
            }
            return Json.parse(r.body());
        } catch (IOException | MessageFormatException e) {
            throw NodeError.unreachable(List.of(base), "the sandbox's import did not answer: " + e.getMessage(), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NodeError.unreachable(List.of(base), "the import was interrupted", 0, e);
        }
    }
}
