package org.alephdeploy.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A FORGET content (P-3.5). */
public final class ForgetContent extends Content {
    public ForgetContent(ObjectNode node) {
        super(node);
    }

    public List<String> hashes() {
        return texts(node.path("hashes"));
    }

    public List<String> aggregates() {
        return texts(node.path("aggregates"));
    }

    public String reason() {
        return text(node, "reason");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
