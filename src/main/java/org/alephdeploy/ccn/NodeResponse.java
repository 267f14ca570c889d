package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import org.alephdeploy.message.Json;

/** A complete HTTP answer of one node: status, headers and (for non-streamed calls) the body bytes. */
record NodeResponse(int status, Headers headers, byte[] body, String node) {
    static final int MAX_ERROR_TEXT = 2000;

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The body as JSON. A successful answer that does not parse (cut short, empty) is treated as a
     * transport failure, so idempotent calls are retried.
     */
    JsonNode json() {
        try {
            JsonNode parsed = body.length == 0 ? null : Json.MAPPER.readTree(body);
            if (parsed == null || parsed.isMissingNode()) {
                throw new MalformedBody("empty answer from " + node, null);
            }
            return parsed;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw NodeError.hostileAnswer("JSON beyond the limits on nesting and lengths (" + e.getOriginalMessage() + ")", node);
        } catch (IOException e) {
            throw new MalformedBody("the answer from " + node + " is not complete JSON", e);
        }
    }

    /** The body as JSON when it is JSON, else null (error bodies are often plain text). */
    JsonNode jsonOrNull() {
        try {
            return body.length == 0 ? null : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The error this answer means, for statuses the caller does not handle itself. */
    NodeError error() {
        String text = text();
        if (text.length() > MAX_ERROR_TEXT) {
            text = text.substring(0, MAX_ERROR_TEXT);
        }
        return NodeError.http(status, text, jsonOrNull(), node);
    }

    /** A body that should have been JSON but was cut short or garbled; retryable for idempotent calls. */
    static final class MalformedBody extends RuntimeException {
        MalformedBody(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
