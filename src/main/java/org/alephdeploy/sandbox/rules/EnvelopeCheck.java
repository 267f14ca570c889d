package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;

/**
 * The HTTP-side pre-validation of a submitted envelope (docs/PROTOCOL.md P-4.1 step 1): envelope schema,
 * type, chain, item type against content and hash, inline size and hash, and the inline content
 * against its model. A failure is answered with 422 {@code InvalidMessageFormat} and nothing is kept.
 */
public final class EnvelopeCheck {
    static final int MAX_INLINE_CHARS = 200_000;
    private static final Set<String> TYPES = Set.of("POST", "AGGREGATE", "STORE", "PROGRAM", "INSTANCE", "FORGET");

    private EnvelopeCheck() {
    }

    /** A submitted envelope that passed pre-validation. */
    public record Checked(ObjectNode envelope, String itemHash, String type, ItemType itemType, BigDecimal time,
            ObjectNode inlineContent) {
    }

    /** Why pre-validation failed (kept server-side; the client only sees {@code InvalidMessageFormat}). */
    public static final class Invalid extends Exception {
        public Invalid(String why) {
            super(why);
        }
    }

    public static Checked check(JsonNode message) throws Invalid {
        if (message == null || !message.isObject()) {
            throw new Invalid("Message is not a dictionary");
        }
        ObjectNode env = ((ObjectNode) message).deepCopy();
        String type = env.path("type").isTextual() ? env.get("type").textValue() : null;
        if (type == null || !TYPES.contains(type)) {
            throw new Invalid("Invalid message_type: '" + env.get("type") + "'");
        }
        if (!env.path("sender").isTextual()) {
            throw new Invalid("sender: Field required");
        }
        if (!env.path("chain").isTextual() || !ContentSchemas.CHAINS.contains(env.get("chain").textValue())) {
            throw new Invalid("chain: Input should be a valid Chain");
        }
        JsonNode signature = env.get("signature");
        if (signature != null && !signature.isNull() && !signature.isTextual()) {
            throw new Invalid("signature: Input should be a valid string");
        }
        JsonNode channel = env.get("channel");
        if (channel != null && !channel.isNull() && !channel.isTextual()) {
            throw new Invalid("channel: Input should be a valid string");
        }
        JsonNode time = env.get("time");
        if (time == null || !time.isNumber()) {
            throw new Invalid("time: Input should be a valid datetime");
        }
        BigDecimal t = time.decimalValue();
        if (t.signum() < 0 || t.compareTo(ContentSchemas.MAX_TIME) > 0) {
            throw new Invalid("time: out of range");
        }
        JsonNode hashNode = env.get("item_hash");
        if (hashNode == null || !hashNode.isTextual()) {
            throw new Invalid("Could not determine item hash");
        }
        String itemHash = hashNode.textValue();
        JsonNode contentNode = env.get("item_content");
        if (contentNode != null && !contentNode.isNull() && !contentNode.isTextual()) {
            throw new Invalid("item_content: Input should be a valid string");
        }
        String itemContent = contentNode == null || contentNode.isNull() ? null : contentNode.textValue();
        ItemType itemType = itemType(env, itemHash, itemContent);
        ObjectNode content = null;
        if (itemType == ItemType.INLINE) {
            if (itemContent == null) {
                throw new Invalid("Item content not specified for inline item type");
            }
            if (itemContent.codePointCount(0, itemContent.length()) > MAX_INLINE_CHARS) {
                throw new Invalid("Message too long");
            }
            JsonNode parsed;
            try {
                parsed = Json.parse(itemContent);
            } catch (MessageFormatException e) {
                throw new Invalid("Message content is not valid JSON data");
            }
            if (!ItemHashes.ofContent(itemContent).equals(itemHash)) {
                throw new Invalid("'item_hash' does not match 'sha256(item_content)'");
            }
            if (!parsed.isObject()) {
                throw new Invalid("content: Input should be a valid dictionary");
            }
            content = (ObjectNode) parsed;
            ArrayNode errors = ContentSchemas.validate(type, content);
            if (!errors.isEmpty()) {
                throw new Invalid("content: " + errors);
            }
        } else {
            if (itemContent != null) {
                throw new Invalid(itemType.wire() + " messages cannot define item_content");
            }
            Optional<ItemType> shape = ItemHashes.lenientShape(itemHash);
            if (shape.isEmpty() || shape.get() != itemType) {
                throw new Invalid("Expected " + shape.map(ItemType::wire).orElse("?") + " based on hash but item type is "
                        + itemType.wire());
            }
        }
        if (env.get("item_type") == null || env.get("item_type").isNull()) {
            env.put("item_type", itemType.wire());
        }
        return new Checked(env, itemHash, type, itemType, t, content);
    }

    private static ItemType itemType(ObjectNode env, String itemHash, String itemContent) throws Invalid {
        JsonNode declared = env.get("item_type");
        if (declared != null && !declared.isNull()) {
            try {
                return ItemType.fromWire(declared.asText());
            } catch (MessageFormatException e) {
                throw new Invalid("item_type: Input should be 'inline', 'storage' or 'ipfs'");
            }
        }
        if (itemContent != null) {
            return ItemType.INLINE;
        }
        return ItemHashes.lenientShape(itemHash).orElseThrow(() -> new Invalid("Unexpected hash type: '" + itemHash + "'"));
    }
}
