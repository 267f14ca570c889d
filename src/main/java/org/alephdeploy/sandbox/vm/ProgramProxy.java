package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Forwards one HTTP request to a program's local port and returns its whole answer. */
final class ProgramProxy {
    /** Hop-by-hop headers and those the client sets itself. */
    private static final Set<String> SKIPPED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "te", "trailer", "transfer-encoding", "proxy-connection", "proxy-authorization", "http2-settings");
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    ComputeNode.Answer forward(int port, String method, String pathAndQuery, List<Map.Entry<String, String>> headers,
            byte[] body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(REQUEST_LIMIT)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, String> h : headers) {
            if (!SKIPPED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                try {
                    b.header(h.getKey(), h.getValue());
                } catch (IllegalArgumentException restricted) {
                    // a header the JDK client refuses to forward
                }
            }
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            List<Map.Entry<String, String>> out = new ArrayList<>();
            r.headers().map().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> out.add(Map.entry(name, v)));
                }
            });
            return new ComputeNode.Answer(r.statusCode(), out, r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
