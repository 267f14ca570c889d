package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentOwnerTest {
    private static final String A = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    /** Every content gives the tree's answer: the address, null, or the same failure. */
    @Test
    void sameOwnerAsTheParsedTree() {
        List<String> contents = new ArrayList<>(List.of(
                "{\"address\":\"" + A + "\",\"time\":1796339097.249,\"item_type\":\"storage\",\"payment\":{\"chain\":\"ETH\"}}",
                "{\"time\":1.5,\"address\":\"" + A + "\"}",
                "{\"address\":\"x\",\"address\":\"" + A + "\"}",
                "{\"address\":\"" + A + "\",\"address\":7}",
                "{\"address\":7,\"address\":\"" + A + "\"}",
                "{\"address\":null}",
                "{\"address\":{\"address\":\"" + A + "\"}}",
                "{\"nested\":{\"address\":\"" + A + "\"},\"list\":[{\"address\":\"y\"}]}",
                "{\"list\":[1,2.50,[3e2,{}]],\"address\":\"" + A + "\"}",
                "{}", "[]", "\"" + A + "\"", "7", "", "   ", "null",
                "{\"address\":\"" + A + "\"} ", "{\"address\":\"" + A + "\"}x", "{\"address\":\"" + A + "\"}{}",
                "{\"address\":\"" + A + "\"", "{\"address\":\"" + A + "\",}", "{\"address\":'" + A + "'}",
                "{\"address\":\"" + A + "\",\"n\":NaN}",
                "{\"address\":\"" + A + "\",\"n\":1e9999999999}",
                "{\"address\":\"" + A + "\",\"n\":123456789012345678901234567890}",
                "{\"address\":\"" + A + "\",\"n\":" + "9".repeat(1001) + "}",
                "{\"address\":\"\\u0041\\n\"}"));
        contents.add("{\"address\":\"" + A + "\",\"deep\":" + "[".repeat(199) + "]".repeat(199) + "}");
        contents.add("{\"address\":\"" + A + "\",\"deep\":" + "[".repeat(200) + "]".repeat(200) + "}");
        for (String content : contents) {
            Object expected;
            try {
                ObjectNode tree = Json.parseObject(content);
                expected = tree.path("address").isTextual() ? tree.get("address").textValue() : null;
            } catch (MessageFormatException e) {
                expected = null;
            } catch (RuntimeException e) {
                expected = e.getClass();
            }
            Object actual;
            try {
                actual = ContentOwner.read(content);
            } catch (RuntimeException e) {
                actual = e.getClass();
            }
            assertThat(actual).as(content.length() > 120 ? content.substring(0, 120) : content).isEqualTo(expected);
        }
    }

    @Test
    void aStoresOwnerIsItsContentsAddressOrElseItsSender() {
        String sender = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        assertThat(store(sender, "{\"address\":\"" + A + "\",\"item_type\":\"storage\"}").owner()).isEqualTo(A);
        assertThat(store(sender, "{\"address\":5}").owner()).isEqualTo(sender);
        assertThat(store(sender, "{\"address\":\"" + A + "\"} trailing").owner()).isEqualTo(sender);
        assertThat(catchThrowable(() -> store(sender, "[]").storeContent())).isInstanceOf(MessageFormatException.class);
        assertThat(store(sender, "[]").owner()).isEqualTo(sender);
    }

    private static Message store(String sender, String itemContent) {
        ObjectNode envelope = Json.object().put("chain", "ETH").put("sender", sender).put("type", "STORE").put("channel", "TEST")
                .put("time", 1.0).put("item_type", "inline").put("item_content", itemContent)
                .put("item_hash", ItemHashes.sha256Hex(itemContent.getBytes(StandardCharsets.UTF_8))).put("signature", "0x00");
        return Message.of(envelope);
    }
}
