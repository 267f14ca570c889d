package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a message keeps of its envelope, and that what it writes reads back to the same message. */
class CompactMessageTest {
    private static ObjectNode fixture(String file) throws IOException {
        JsonNode n = Json.parse(Files.readString(Fixtures.dir().resolve(file)));
        return (ObjectNode) (n.has("message") ? n.get("message") : n);
    }

    private static String written(Message m) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            m.writeEnvelope(g);
        }
        return out.toString();
    }

    private static Message streamed(String json) throws IOException {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            Message m = Message.read(p);
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(p.nextToken()).isNull();
            return m;
        }
    }

    @Test
    void anInlineMessageDropsTheNodesContentCopyAndKeepsEveryOtherKeyThroughTheCache() throws IOException {
        ObjectNode listed = fixture("alephsdkpy-removing_message.json");
        Message m = Message.of(listed);

        Message cached = Message.parse(written(m));

        ObjectNode expected = listed.deepCopy();
        expected.remove("content");
        assertThat(cached.envelope()).isEqualTo(expected);
        assertThat(cached.envelope().get("confirmations")).isEqualTo(listed.get("confirmations"));
        assertThat(cached.itemContent()).isEqualTo(listed.get("item_content").textValue());
        assertThat(MessageVerifier.verify(cached).hashOk()).isTrue();
        // the content read is item_content's (7 decimals), not the node's normalised copy (5)
        assertThat(Contents.store(cached).time()).isEqualByComparingTo("1756520339.1264179");
    }

    @Test
    void aNonInlineMessageKeepsTheNodesContentAndItsNullItemContent() throws IOException {
        ObjectNode listed = fixture("alephrs-aggregate.json");
        Message m = Message.of(listed);

        Message cached = Message.parse(written(m));

        assertThat(cached.envelope()).isEqualTo(listed);
        assertThat(cached.envelope().get("item_content").isNull()).isTrue();
        assertThat(cached.content()).isEqualTo(listed.get("content"));
        assertThat(MessageVerifier.verify(cached).signatureOk()).isTrue();
    }

    @Test
    void readingFromAParserGivesTheSameMessageAsATreeWhereverTheContentCopyComes() throws IOException {
        ObjectNode listed = fixture("alephsdkpy-removing_message.json");
        ObjectNode contentFirst = Json.object();
        contentFirst.set("content", listed.get("content"));
        listed.fields().forEachRemaining(e -> contentFirst.set(e.getKey(), e.getValue()));

        for (ObjectNode shape : new ObjectNode[] {listed, contentFirst}) {
            Message m = streamed(Json.compact(shape));
            assertThat(m.envelope()).isEqualTo(Message.of(shape).envelope());
            assertThat(m.envelope().has("content")).isFalse();
            assertThat(m.itemContent()).isEqualTo(listed.get("item_content").textValue());
        }
        assertThatThrownBy(() -> streamed("{\"chain\":\"ETH\",\"sender\":\"0x\",\"type\":\"POST\",\"item_hash\":\"a\","
                + "\"item_content\":{}}")).hasMessageContaining("item_content");
        assertThatThrownBy(() -> streamed("{\"chain\":\"ETH\",\"type\":\"POST\",\"item_hash\":\"a\"}")).hasMessageContaining("sender");
    }

    @Test
    void aContentCopyBeforeItemContentIsReadOnlyWhenNoItemContentFollowsInAPageReadFromBytes() throws IOException {
        ObjectNode inline = fixture("alephsdkpy-removing_message.json");
        ObjectNode nonInline = fixture("alephrs-aggregate.json");
        nonInline.withObject("content").put("ratio", new BigDecimal("2.50")).putArray("deep").addObject().put("x", 1);
        List<ObjectNode> shapes = new ArrayList<>();
        for (ObjectNode m : List.of(inline, nonInline)) {
            ObjectNode contentFirst = Json.object();
            contentFirst.set("content", m.get("content"));
            m.fields().forEachRemaining(e -> contentFirst.set(e.getKey(), e.getValue()));
            shapes.add(contentFirst);
            shapes.add(m);
        }
        // one page, as a node sends it: the messages inside a larger document, as UTF-8 bytes
        byte[] page = ("{\"messages\": " + Json.compact(Json.array().addAll(shapes)) + ", \"after\": [1]}")
                .getBytes(StandardCharsets.UTF_8);

        List<Message> read = new ArrayList<>();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(page)) {
            p.nextToken();
            assertThat(p.nextFieldName()).isEqualTo("messages");
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                read.add(Message.read(p));
            }
            assertThat(p.nextFieldName()).isEqualTo("after");
        }

        assertThat(read).hasSize(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            assertThat(read.get(i).envelope()).isEqualTo(Message.of(shapes.get(i)).envelope());
            assertThat(written(read.get(i))).isEqualTo(written(Message.of(shapes.get(i))));
        }
        assertThat(read.get(2).content().get("ratio").decimalValue()).hasToString("2.50");
        assertThat(read.get(0).envelope().has("content")).isFalse();
    }

    @Test
    void valuesReadFromAParserAreTheNodesATreeHoldsKindForKind() throws IOException {
        String json = "{\"chain\":\"ETH\",\"sender\":\"0xS\",\"type\":\"STORE\",\"item_hash\":\"" + "c".repeat(64) + "\","
                + "\"confirmed\":true,\"pinned\":false,\"size\":292,\"negative\":-5,\"long\":12345678901234,"
                + "\"big\":12345678901234567890,\"ratio\":1.50,\"exponent\":-1.5e3,\"note\":\"text\",\"confirmations\":[],"
                + "\"nested\":[[1,12345678901234,2.50,null,\"x\",{\"a\":[true]}],[],false],\"object\":{\"k\":[1]}}";

        Message m = streamed(json);
        ObjectNode tree = (ObjectNode) Json.parse(json);

        // JsonNode equality is kind-sensitive (an IntNode never equals a LongNode of the same value)
        assertThat(m.envelope()).isEqualTo(Message.of(tree).envelope()).isEqualTo(tree);
        assertThat(m.envelope().get("size").isInt()).isTrue();
        assertThat(m.envelope().get("long").isLong()).isTrue();
        assertThat(m.envelope().get("big").isBigInteger()).isTrue();
        assertThat(m.envelope().get("ratio").decimalValue()).hasToString("1.50");
        assertThat(written(m)).isEqualTo(written(Message.of(tree)));
        assertThatThrownBy(() -> streamed("{\"chain\":\"ETH\",\"confirmations\":[1,")).isInstanceOf(IOException.class);
    }

    @Test
    void aKeptProgramContentIsReadOnlyButItsCopiesAreOrdinaryTrees() throws IOException {
        Message m = RealFixturesVerificationTest.messagesIn("alephrs-program.json").get(0);
        ObjectNode parsed = Json.parseObject(m.itemContent());

        ObjectNode copy = m.content();
        copy.put("added", true);

        assertThat(m.content()).isEqualTo(parsed);
        assertThat(m.programContent().json()).isEqualTo(parsed);
        assertThat(m.programContent().references()).isEqualTo(new ProgramContent(parsed).references());
        assertThat(m.programContent().variables()).isEqualTo(new ProgramContent(parsed).variables());
        assertThat(m.owner()).isEqualTo(parsed.get("address").textValue());
    }

    @Test
    void unknownKeysOfAnyShapeSurviveAndJsonNullsStayNulls() throws IOException {
        String hash = "b".repeat(64);
        String json = "{\"chain\":\"ETH\",\"sender\":\"0xS\",\"type\":\"STORE\",\"channel\":null,\"time\":1.50,"
                + "\"item_type\":\"storage\",\"item_hash\":\"" + hash + "\",\"signature\":\"0x00\","
                + "\"content\":{\"address\":\"0xO\",\"item_hash\":\"" + hash + "\"},"
                + "\"size\":12345678901234567890,\"extra\":{\"deep\":[1.000,{\"x\":null}]}}";

        Message m = streamed(json);
        Message cached = Message.parse(written(m));

        assertThat(cached.envelope()).isEqualTo(Json.parse(json));
        assertThat(written(cached)).contains("\"time\":1.50").contains("[1.000,").contains("\"channel\":null");
        assertThat(cached.owner()).isEqualTo("0xO");
        assertThat(cached.storeContent().fileHash()).isEqualTo(hash);
        assertThat(cached.toWire().has("channel")).isTrue();
        assertThat(cached.toWire().has("size")).isFalse();
    }
}
