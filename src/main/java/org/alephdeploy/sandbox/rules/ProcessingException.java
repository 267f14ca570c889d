package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alephdeploy.message.Json;

/** A message cannot be processed (now, or ever): carries the node's error code and details. */
public final class ProcessingException extends Exception {
    private final ErrorCode code;
    private final transient JsonNode details;

    public ProcessingException(ErrorCode code, JsonNode details, String message) {
        super(message);
        this.code = code;
        this.details = details;
    }

    public ProcessingException(ErrorCode code, JsonNode details) {
        this(code, details, code.name());
    }

    /** Details of the form {@code {"errors": [values…]}}, as the node writes them. */
    public static ProcessingException withErrors(ErrorCode code, Object... errors) {
        ObjectNode d = Json.object();
        ArrayNode a = d.putArray("errors");
        for (Object e : errors) {
            if (e instanceof JsonNode n) {
                a.add(n);
            } else {
                a.add(String.valueOf(e));
            }
        }
        return new ProcessingException(code, d, code.name() + ": " + a);
    }

    public ErrorCode code() {
        return code;
    }

    public JsonNode details() {
        return details;
    }
}
