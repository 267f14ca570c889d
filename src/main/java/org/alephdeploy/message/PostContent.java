package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A POST content (P-3.6). */
public final class PostContent extends Content {
    public PostContent(ObjectNode node) {
        super(node);
    }

    public String postType() {
        return text(node, "type");
    }

    /** The ref as text; a chain ref object is returned as null. */
    public String ref() {
        JsonNode r = node.get("ref");
        return r != null && r.isTextual() ? r.textValue() : null;
    }

    public JsonNode value() {
        return node.path("content");
    }
}
