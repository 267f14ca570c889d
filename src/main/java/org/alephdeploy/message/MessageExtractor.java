package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds message envelopes in JSON as people have it: one envelope, a node response wrapping one
 * ({@code message} or {@code messages}), a request body ({@code {"message": …}}), or a list.
 */
public final class MessageExtractor {
    private MessageExtractor() {
    }

    public static List<Message> extract(JsonNode json) {
        List<Message> out = new ArrayList<>();
        collect(json, out);
        if (out.isEmpty()) {
            throw new MessageFormatException("no message envelope found (expected chain, sender, type and item_hash)");
        }
        return out;
    }

    private static void collect(JsonNode json, List<Message> out) {
        if (json.isArray()) {
            json.forEach(item -> collect(item, out));
        } else if (json.isObject()) {
            if (json.has("item_hash") && json.has("sender") && json.has("chain") && json.has("type")) {
                out.add(Message.of(json));
            } else if (json.has("message")) {
                collect(json.get("message"), out);
            } else if (json.has("messages")) {
                collect(json.get("messages"), out);
            }
        }
    }
}
