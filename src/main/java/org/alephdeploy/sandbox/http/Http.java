package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.Json;
import org.alephdeploy.sandbox.store.FileStore;

/** Response and request helpers for the node's handlers. */
final class Http {
    private static final ObjectWriter WRITER = Json.MAPPER.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Http() {
    }

    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void json(HttpServerExchange ex, int status, JsonNode body) {
        send(ex, status, "application/json; charset=utf-8", write(body));
    }

    /** JSON with object keys sorted at every level, as the node writes listings. */
    static void sortedJson(HttpServerExchange ex, int status, JsonNode body) {
        json(ex, status, Views.sorted(body));
    }

    static void text(HttpServerExchange ex, int status, String body) {
        send(ex, status, "text/plain; charset=utf-8", body);
    }

    private static void send(HttpServerExchange ex, int status, String type, String body) {
        ex.setStatusCode(status);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        ex.getResponseSender().send(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The aiohttp-style default text of an error status, e.g. {@code 404: Not Found}. */
    static void status(HttpServerExchange ex, int status, String reason) {
        text(ex, status, status + ": " + reason);
    }

    static byte[] body(HttpServerExchange ex, long max) throws IOException {
        ex.startBlocking();
        InputStream in = ex.getInputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new FileStore.TooLargeException(max, total);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A query parameter by any of its names (alias or field name); null when absent. */
    static String param(HttpServerExchange ex, String... names) {
        return param(ex.getQueryParameters(), names);
    }

    static String param(Map<String, ? extends Collection<String>> query, String... names) {
        for (String n : names) {
            Collection<String> v = query.get(n);
            if (v != null && !v.isEmpty()) {
                String last = null;
                for (String s : v) {
                    last = s;
                }
                return last;
            }
        }
        return null;
    }

    /** A comma-separated list parameter; empty when absent. */
    static List<String> list(HttpServerExchange ex, String... names) {
        return list(ex.getQueryParameters(), names);
    }

    static List<String> list(Map<String, ? extends Collection<String>> query, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Collection<String> v = query.get(n);
            if (v != null) {
                for (String s : v) {
                    for (String part : s.split(",")) {
                        if (!part.isEmpty()) {
                            out.add(part);
                        }
                    }
                }
            }
        }
        return out;
    }
}
