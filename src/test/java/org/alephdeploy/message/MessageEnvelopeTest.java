package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageEnvelopeTest {
    private static final KeyPairSigner A = KeyPairSigner.fromHex(SyntheticFixturesTest.KEY_A);

    private static ObjectNode content() {
        ObjectNode c = Json.object();
        c.put("address", A.address());
        c.put("time", new BigDecimal("1767225600.0"));
        c.put("type", "note");
        c.putObject("content").put("body", "h\u00e9llo");
        return c;
    }

    @Test
    void toWireKeepsANullChannelInTheSdkOrder() {
        Message m = MessageDraft.inline(MessageType.POST, null, content()).sign(A);

        List<String> keys = new ArrayList<>();
        m.toWire().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("chain", "sender", "type", "channel", "time", "item_type", "item_content", "item_hash",
                "signature");
        assertThat(m.toWire().get("channel").isNull()).isTrue();
        assertThat(m.channel()).isNull();
        assertThat(m.toWireJson()).contains("\"channel\":null,\"time\":1767225600.0,");
    }

    @Test
    void toWireDropsNodeFieldsAndOtherNulls() throws IOException {
        Message m = RealFixturesVerificationTest.messagesIn("alephrs-aggregate.json").get(0);

        ObjectNode wire = m.toWire();

        assertThat(wire.has("item_content")).isFalse();
        assertThat(wire.has("content")).isFalse();
        assertThat(wire.has("confirmed")).isFalse();
        assertThat(wire.get("item_type").textValue()).isEqualTo("storage");
        assertThat(MessageVerifier.verify(Message.of(wire)).signatureOk()).isTrue();
    }

    @Test
    void toWireTurnsAnIsoTimeIntoSeconds() throws IOException {
        Message m = RealFixturesVerificationTest.messagesIn("alephrs-forgotten-message.json").get(0);

        assertThat(m.envelope().get("time").isTextual()).isTrue();
        assertThat(m.toWire().get("time").decimalValue()).isEqualTo(new BigDecimal("1665054954.517756"));
        assertThat(m.toWireJson()).contains("\"time\":1665054954.517756,");
    }

    @Test
    void toWireSendsASolSignatureObjectAsItsJsonString() throws IOException {
        Message m = RealFixturesVerificationTest.messagesIn("alephrs-post-sol.json").get(0);

        ObjectNode wire = m.toWire();

        assertThat(wire.get("signature").isTextual()).isTrue();
        assertThat(Json.parse(wire.get("signature").textValue())).isEqualTo(m.signatureNode());
        assertThat(MessageVerifier.verify(Message.of(wire)).fullyVerified()).isTrue();
    }

    @Test
    void toWireKeepsTheExactItemContent() throws IOException {
        Message m = RealFixturesVerificationTest.messagesIn("extracted-from-tests/pyaleph-test_process_forgets-L402-forget-0223e74d.json").get(0);

        Message resent = Message.parse(m.toWireJson());

        assertThat(resent.itemContent()).isEqualTo(m.itemContent()).contains("\", \"");
        assertThat(MessageVerifier.verify(resent).fullyVerified()).isTrue();
    }

    @Test
    void draftHashesTheExactStringItSends() {
        MessageDraft draft = MessageDraft.inline(MessageType.POST, "TEST", content());
        Message m = draft.sign(A);

        assertThat(draft.itemContent()).contains("\\u00e9");
        assertThat(m.itemContent()).isEqualTo(draft.itemContent());
        assertThat(m.itemHash()).isEqualTo(ItemHashes.ofContent(draft.itemContent()));
        assertThat(m.time()).isEqualTo(new BigDecimal("1767225600.0"));
        assertThat(m.sender()).isEqualTo(A.address());
        assertThat(MessageVerifier.verify(m).fullyVerified()).isTrue();
    }

    @Test
    void draftOverAnExactContentKeepsIt() {
        String spaced = "{\"address\": \"" + A.address() + "\", \"time\": 1.50, \"type\": \"note\"}";

        Message m = MessageDraft.ofItemContent(MessageType.POST, "TEST", spaced).sign(A);

        assertThat(m.itemContent()).isEqualTo(spaced);
        assertThat(m.time()).isEqualTo(new BigDecimal("1.50"));
        assertThat(MessageVerifier.verify(m).fullyVerified()).isTrue();
    }

    @Test
    void draftsNeedTimeAndAddress() {
        ObjectNode noTime = content();
        noTime.remove("time");
        ObjectNode noAddress = content();
        noAddress.remove("address");

        assertThatThrownBy(() -> MessageDraft.inline(MessageType.POST, null, noTime)).hasMessageContaining("'time'");
        assertThatThrownBy(() -> MessageDraft.inline(MessageType.POST, null, noAddress)).hasMessageContaining("'address'");
        assertThatThrownBy(() -> MessageDraft.ofItemContent(MessageType.POST, null, "{\"address\":\"x\"}"))
                .isInstanceOf(MessageFormatException.class).hasMessageContaining("'time'");
        assertThatThrownBy(() -> MessageDraft.ofItemContent(MessageType.POST, null, "{\"time\":1.0}x"))
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void envelopesMissingRequiredFieldsAreRefused() {
        assertThatThrownBy(() -> Message.parse("[]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> Message.parse("{\"chain\":\"ETH\",\"sender\":\"0x\",\"type\":\"POST\"}"))
                .hasMessageContaining("item_hash");
        assertThatThrownBy(() -> Message.parse("{\"chain\":\"ETH\",\"type\":\"POST\",\"item_hash\":\"a\"}"))
                .hasMessageContaining("sender");
        assertThatThrownBy(() -> Message.parse("{\"chain\":\"ETH\",\"sender\":\"0x\",\"type\":\"POST\",\"item_hash\":\"a\","
                + "\"item_content\":{}}")).hasMessageContaining("item_content");
    }

    @Test
    void unknownTypeIsKeptAsWrittenButHasNoEnum() {
        Message m = Message.parse("{\"chain\":\"ETH\",\"sender\":\"0x\",\"type\":\"V-PROGRAM\",\"item_hash\":\"" + "a".repeat(64)
                + "\",\"item_type\":\"storage\"}");

        assertThat(m.typeName()).isEqualTo("V-PROGRAM");
        assertThatThrownBy(m::type).isInstanceOf(MessageFormatException.class).hasMessageContaining("V-PROGRAM");
    }

    @Test
    void extractorFindsEnvelopesInEveryShape() throws IOException {
        assertThat(RealFixturesVerificationTest.messagesIn("alephrs-pending-message.json")).hasSize(1);
        assertThat(RealFixturesVerificationTest.messagesIn("alephrs-forgotten-message.json")).hasSize(1);
        assertThat(RealFixturesVerificationTest.messagesIn("pyaleph-fixture_messages.json")).hasSize(8);
        assertThatThrownBy(() -> MessageExtractor.extract(Json.parse("{\"messages\":[]}")))
                .hasMessageContaining("no message envelope");
    }
}
