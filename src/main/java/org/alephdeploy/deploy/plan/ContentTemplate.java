package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.MessageType;

/**
 * The content of a message to publish, complete except for what only the runner knows: the
 * content {@code time} (set at signing, strictly increasing and not before the plan's
 * {@code notBefore}) and hashes produced by earlier steps, listed as {@link Fill}s by JSON pointer.
 */
public record ContentTemplate(MessageType type, String channel, ObjectNode content, List<Fill> fills) {
    /** Put the result of step {@code from} at {@code pointer} (e.g. {@code /code/ref}). */
    public record Fill(String pointer, StepRef from) {
    }

    public ContentTemplate {
        Objects.requireNonNull(type, "type");
        content = content.deepCopy();
        fills = List.copyOf(fills);
    }

    /** A copy of the content as previewed (placeholder time, unfilled hashes as planned). */
    @Override
    public ObjectNode content() {
        return content.deepCopy();
    }

    /** The content to sign: fills applied, {@code time} set; PROGRAM content in the SDK's canonical form. */
    public ObjectNode resolve(Function<StepRef, String> results, BigDecimal time) {
        ObjectNode out = content.deepCopy();
        out.put("time", time);
        for (Fill f : fills) {
            String value = HashSource.of(f.from()).resolve(results);
            set(out, f.pointer(), value);
        }
        return type == MessageType.PROGRAM ? ContentWriter.canonicalProgram(out) : out;
    }

    static void set(ObjectNode root, String pointer, String value) {
        String[] parts = pointer.substring(1).split("/");
        JsonNode cur = root;
        for (int i = 0; i < parts.length - 1; i++) {
            cur = cur.isArray() ? cur.get(Integer.parseInt(parts[i])) : cur.get(parts[i]);
            if (cur == null) {
                throw new IllegalStateException("no " + pointer + " in the content template");
            }
        }
        String last = parts[parts.length - 1];
        if (cur instanceof ObjectNode o) {
            o.put(last, value);
        } else if (cur instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), TextNode.valueOf(value));
        } else {
            throw new IllegalStateException("no " + pointer + " in the content template");
        }
    }
}
