package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An AGGREGATE content (P-3.7): one key's partial object, shallow-merged by the node. */
public final class AggregateContent extends Content {
    public AggregateContent(ObjectNode node) {
        super(node);
    }

    /** The key; a {@code {"name": …}} key is returned by its name. */
    public String key() {
        JsonNode k = node.get("key");
        if (k != null && k.isObject()) {
            return text(k, "name");
        }
        return text(node, "key");
    }

    public JsonNode value() {
        return node.path("content");
    }
}
