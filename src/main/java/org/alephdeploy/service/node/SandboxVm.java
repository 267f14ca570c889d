package org.alephdeploy.service.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alephdeploy.message.Json;

/**
 * The local sandbox seen as a compute node (docs/sandbox.md, "The compute node"): where a program
 * is served ({@code /vm/<hash>/}), whether it would boot ({@code /api/v0/sandbox/vm/<hash>/boot}),
 * its last log lines ({@code …/logs}) and its answer to {@code GET /}. Only for the sandbox, whose
 * URL is loopback. Every method but {@link #url} blocks on HTTP: call off the FX thread.
 */
public final class SandboxVm {
    /** How many bytes of an answer are kept for display. */
    public static final int ANSWER_HEAD_BYTES = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(70);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxVm(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The boot check of one program: {@code ok}, the problems in words, and whether it runs now. */
    public record Boot(boolean ok, List<String> problems, boolean running) {
        public Boot {
            problems = List.copyOf(problems);
        }
    }

    /** The program's answer to a request: HTTP status and the first {@value #ANSWER_HEAD_BYTES} bytes as text. */
    public record Answer(int status, String head) {
    }

    /** Boot result and last log lines together, as the details pane shows them. */
    public record Status(Boot boot, List<String> logLines) {
        public Status {
            logLines = List.copyOf(logLines);
        }
    }

    /** The local address of {@code programHash}, for a browser. */
    public String url(String programHash) {
        return baseUrl + "/vm/" + programHash + "/";
    }

    /** Asks the sandbox whether the program would boot now; starts nothing. */
    public Boot boot(String programHash) throws IOException {
        JsonNode j = json("/api/v0/sandbox/vm/" + programHash + "/boot");
        List<String> problems = new ArrayList<>();
        j.path("problems").forEach(p -> problems.add(p.path("words").asText(p.path("code").asText())));
        return new Boot(j.path("ok").asBoolean(), problems, j.path("state").path("running").asBoolean());
    }

    /** The last {@code lines} lines the program printed (and the sandbox's own lines about it). */
    public List<String> logs(String programHash, int lines) throws IOException {
        JsonNode j = json("/api/v0/sandbox/vm/" + programHash + "/logs?lines=" + lines);
        List<String> out = new ArrayList<>();
        j.path("lines").forEach(l -> out.add(l.asText()));
        return out;
    }

    /** Boot result and the last {@code lines} log lines. */
    public Status status(String programHash, int lines) throws IOException {
        return new Status(boot(programHash), logs(programHash, lines));
    }

    /** Sends {@code GET /} to the program (cold-starting it when needed) and keeps the first bytes. */
    public Answer answer(String programHash) throws IOException {
        HttpResponse<byte[]> r = send(URI.create(url(programHash)));
        byte[] body = r.body();
        String head = new String(Arrays.copyOf(body, Math.min(body.length, ANSWER_HEAD_BYTES)), StandardCharsets.UTF_8);
        return new Answer(r.statusCode(), head);
    }

    private JsonNode json(String path) throws IOException {
        HttpResponse<byte[]> r = send(URI.create(baseUrl + path));
        if (r.statusCode() != 200) {
            throw new IOException("The sandbox answered HTTP " + r.statusCode() + " to " + path + ".");
        }
        return Json.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while asking the sandbox.", e);
        }
    }
}
