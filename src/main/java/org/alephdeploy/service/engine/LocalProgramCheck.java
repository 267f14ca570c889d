package org.alephdeploy.service.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.message.Json;

/**
 * After a rehearsal that changed a program: the local compute node's boot check of the copy's
 * program ({@code /api/v0/sandbox/vm/<hash>/boot}) and its answer to {@code GET /}
 * ({@code /vm/<hash>/}), as the {@code vm boot} and {@code vm get} commands ask them
 * (docs/sandbox.md, "The compute node"). Blocking, on a worker; {@link Cancellation#cancel}
 * aborts the request in flight.
 */
public final class LocalProgramCheck {
    /** How many lines of the answer's body are kept, and how long each may be. */
    static final int HEAD_LINES = 6;
    static final int LINE_CHARS = 160;
    private static final int HEAD_BYTES = 2000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Problems of this computer, not of the program: the check says nothing about the network then. */
    private static final Set<String> LOCAL_ONLY = Set.of("compute-node-off", "python3-not-found");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param sandboxUrl the local sandbox that holds the copy */
    public LocalProgramCheck(String sandboxUrl) {
        this.baseUrl = sandboxUrl.replaceAll("/+$", "");
    }

    /** How the program fared on the local compute node. */
    public enum Verdict {
        /** It started and answered {@code GET /} (whatever the status). */
        ANSWERED,
        /** The compute node would not start it: {@link Result#reason()} says why. */
        WILL_NOT_START,
        /** This computer cannot run it (no Python, programs not run here): says nothing about the network. */
        CANNOT_RUN_LOCALLY,
        /** The local sandbox did not answer the check: {@link Result#reason()} says why. */
        NOT_CHECKED
    }

    /**
     * @param status the HTTP status of the answer, or -1 without one
     * @param head   the first lines of the answer's body, control characters escaped, each cut to {@value #LINE_CHARS} characters
     * @param reason why it will not start, cannot run here or was not checked; null when it answered
     * @param codes  the compute node's problem codes ({@code ref-missing}, {@code volume-not-squashfs}…); empty when it answered
     */
    public record Result(String program, Verdict verdict, String reason, List<String> codes, int status, List<String> head,
            int bodyBytes, long millis) {
        public Result {
            codes = List.copyOf(codes);
            head = List.copyOf(head);
        }
    }

    /**
     * Runs the boot check of {@code program}, then asks it {@code GET /} when the check passes. A
     * sandbox that does not answer gives {@link Verdict#NOT_CHECKED}; a cancel throws
     * {@link CancellationException}.
     */
    public Result check(String program, Cancellation cancel) {
        long start = System.nanoTime();
        try {
            return checkOrThrow(program, cancel);
        } catch (IOException e) {
            return new Result(program, Verdict.NOT_CHECKED, e.getMessage(), List.of(), -1, List.of(), 0, millisSince(start));
        }
    }

    private Result checkOrThrow(String program, Cancellation cancel) throws IOException {
        long start = System.nanoTime();
        HttpResponse<byte[]> boot = get("/api/v0/sandbox/vm/" + program + "/boot", cancel);
        JsonNode b = parse(boot);
        if (boot.statusCode() != 200) {
            throw new IOException("The local sandbox answered HTTP " + boot.statusCode() + " to the boot check"
                    + (b.hasNonNull("reason") ? ": " + b.path("reason").asText() : "") + ".");
        }
        if (!b.path("ok").asBoolean()) {
            List<String> problems = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (JsonNode p : b.path("problems")) {
                problems.add(p.path("words").asText(p.path("code").asText()));
                codes.add(p.path("code").asText());
            }
            boolean local = codes.stream().anyMatch(LOCAL_ONLY::contains);
            return new Result(program, local ? Verdict.CANNOT_RUN_LOCALLY : Verdict.WILL_NOT_START,
                    String.join("; ", problems), codes, -1, List.of(), 0, millisSince(start));
        }
        HttpResponse<byte[]> answer = get("/vm/" + program + "/", cancel);
        String problem = answer.headers().firstValue("X-Sandbox-Problem").orElse(null);
        if (problem != null) {
            JsonNode why = parse(answer);
            String reason = why.path("reason").asText(problem);
            return new Result(program, LOCAL_ONLY.contains(problem) ? Verdict.CANNOT_RUN_LOCALLY : Verdict.WILL_NOT_START,
                    reason, List.of(problem), answer.statusCode(), List.of(), answer.body().length, millisSince(start));
        }
        return new Result(program, Verdict.ANSWERED, null, List.of(), answer.statusCode(), head(answer.body()),
                answer.body().length, millisSince(start));
    }

    /** The first lines of {@code body} as text: control characters escaped, long lines cut with "…". */
    static List<String> head(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (lines.size() == HEAD_LINES) {
                lines.set(HEAD_LINES - 1, lines.get(HEAD_LINES - 1) + " …");
                break;
            }
            String shown = escaped(line);
            lines.add(shown.length() > LINE_CHARS ? shown.substring(0, LINE_CHARS) + "…" : shown);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (body.length > HEAD_BYTES && !lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("…")) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "…");
        }
        return lines;
    }

    private static String escaped(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(c) || c == 0xFFFD || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static JsonNode parse(HttpResponse<byte[]> r) {
        try {
            return Json.parse(new String(r.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Json.object();
        }
    }

    private HttpResponse<byte[]> get(String path, Cancellation cancel) throws IOException {
        cancel.throwIfCancelled();
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (Cancellation.Registration abort = cancel.onCancel(() -> call.cancel(true))) {
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            cancel.throwIfCancelled();
            Throwable why = e.getCause();
            throw new IOException("The local sandbox did not answer at " + baseUrl + " ("
                    + (why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage()) + ").", why);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
