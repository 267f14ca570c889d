package org.alephdeploy.message;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * A message about to be signed: content written once in canonical form, hashed, then signed.
 * The {@code item_content} string built here is the one sent, byte for byte.
 */
public final class MessageDraft {
    private final MessageType type;
    private final String channel;
    private final String itemContent;
    private final String itemHash;
    private final BigDecimal time;

    private MessageDraft(MessageType type, String channel, String itemContent, BigDecimal time) {
        this.type = type;
        this.channel = channel;
        this.itemContent = itemContent;
        this.itemHash = ItemHashes.ofContent(itemContent);
        this.time = time;
    }

    /**
     * An inline draft whose envelope time is the content's {@code time} (the node orders by the
     * envelope time, file tags by the content time; keeping them equal keeps both orders the same).
     */
    public static MessageDraft inline(MessageType type, String channel, ObjectNode content) {
        if (!content.path("time").isNumber()) {
            throw new MessageFormatException("content needs a numeric 'time'");
        }
        if (!content.path("address").isTextual()) {
            throw new MessageFormatException("content needs an 'address'");
        }
        return new MessageDraft(type, channel, CanonicalJson.write(content), content.get("time").decimalValue());
    }

    /** A draft over an exact content string (e.g. a backup being re-sent). */
    public static MessageDraft ofItemContent(MessageType type, String channel, String itemContent) {
        ObjectNode content = Json.parseObject(itemContent);
        if (!content.path("time").isNumber()) {
            throw new MessageFormatException("content needs a numeric 'time'");
        }
        return new MessageDraft(type, channel, itemContent, content.path("time").decimalValue());
    }

    public String itemContent() {
        return itemContent;
    }

    public String itemHash() {
        return itemHash;
    }

    public MessageType type() {
        return type;
    }

    /** Signs as {@code signer}; the sender is the signer's address exactly as it reports it. */
    public Message sign(MessageSigner signer) {
        ObjectNode env = Json.object();
        env.put("chain", signer.chain());
        env.put("sender", signer.address());
        env.put("type", type.wire());
        if (channel == null) {
            env.putNull("channel");
        } else {
            env.put("channel", channel);
        }
        env.put("time", time);
        env.put("item_type", ItemType.INLINE.wire());
        env.put("item_content", itemContent);
        env.put("item_hash", itemHash);
        env.put("signature", signer.sign(VerificationBuffer.of(signer.chain(), signer.address(), type.wire(), itemHash)));
        return Message.of(env);
    }
}
