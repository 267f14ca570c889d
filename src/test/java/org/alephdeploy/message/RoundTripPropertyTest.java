package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/** Seeded random cases: the same seed gives the same cases, so a failure can be replayed. */
class RoundTripPropertyTest {
    private static final long SEED = 20260101L;

    private final Random random = new Random(SEED);

    @Test
    void writeParseWriteIsStableAndLossless() {
        for (int i = 0; i < 3000; i++) {
            JsonNode node = randomObject(0);
            String text = CanonicalJson.write(node);
            JsonNode parsed = Json.parse(text);

            assertThat(text).as("case %d", i).matches("[\\x20-\\x7e]*");
            assertThat(parsed).as("case %d: %s", i, text).isEqualTo(node);
            assertThat(CanonicalJson.write(parsed)).as("case %d", i).isEqualTo(text);
        }
    }

    @Test
    void decimalsOfAnyScaleReachAFixedPointAfterOneWrite() {
        for (int i = 0; i < 3000; i++) {
            BigDecimal value = new BigDecimal(new BigInteger(random.nextInt(80) + 1, random), random.nextInt(30) - 15);
            ArrayNode array = Json.array().add(value);
            String once = CanonicalJson.write(array);
            String twice = CanonicalJson.write(Json.parse(once));

            assertThat(once).as("%s", value).doesNotContain("E", "e").contains(".");
            assertThat(twice).as("%s", value).isEqualTo(once);
            assertThat(new BigDecimal(once.substring(1, once.length() - 1))).isEqualByComparingTo(value);
        }
    }

    @Test
    void everySyntheticItemContentIsAFixedPoint() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve("synthetic"))) {
            List<Path> list = files.filter(p -> p.getFileName().toString().matches("synthetic-\\d\\d-.*\\.json")).toList();
            assertThat(list).hasSize(11);
            for (Path file : list) {
                String itemContent = Message.parse(Files.readString(file)).itemContent();
                assertThat(CanonicalJson.write(Json.parse(itemContent))).as(file.toString()).isEqualTo(itemContent);
            }
        }
    }

    @Test
    void draftHashSurvivesSigningSendingAndRebuilding() {
        KeyPairSigner signer = KeyPairSigner.fromHex(SyntheticFixturesTest.KEY_B);
        MessageType[] types = MessageType.values();
        for (int i = 0; i < 300; i++) {
            ObjectNode content = randomObject(1);
            content.put("address", signer.address());
            content.put("time", new BigDecimal(BigInteger.valueOf(1_767_225_600_000L + random.nextInt(1_000_000)), 3));
            MessageType type = types[random.nextInt(types.length)];
            MessageDraft draft = MessageDraft.inline(type, random.nextBoolean() ? null : "TEST", content);

            Message sent = Message.parse(draft.sign(signer).toWireJson());
            MessageDraft rebuilt = MessageDraft.inline(type, sent.channel(), sent.content());

            assertThat(sent.itemHash()).as("case %d", i).isEqualTo(draft.itemHash());
            assertThat(rebuilt.itemContent()).as("case %d", i).isEqualTo(draft.itemContent());
            assertThat(rebuilt.itemHash()).as("case %d", i).isEqualTo(draft.itemHash());
            assertThat(MessageVerifier.verify(sent).fullyVerified()).as("case %d", i).isTrue();
        }
    }

    @Test
    void signThenRecoverGivesTheSigner() throws Exception {
        BigInteger n = Sign.CURVE_PARAMS.getN();
        for (int i = 0; i < 300; i++) {
            BigInteger secret;
            do {
                secret = new BigInteger(256, random);
            } while (secret.signum() == 0 || secret.compareTo(n) >= 0);
            KeyPairSigner signer = new KeyPairSigner(ECKeyPair.create(secret));
            byte[] buffer = VerificationBuffer.of("ETH", signer.address(), "STORE", ItemHashes.ofContent(Integer.toString(i)));

            String signature = signer.sign(buffer);

            assertThat(signature).hasSize(132).startsWith("0x").matches("0x[0-9a-f]{128}(1b|1c)");
            assertThat(EthSignatures.recover(buffer, signature)).isEqualTo(signer.address());
            assertThat(Addresses.checksumValid(signer.address())).isTrue();
        }
    }

    private ObjectNode randomObject(int depth) {
        ObjectNode o = Json.object();
        int size = random.nextInt(depth > 3 ? 2 : 6);
        for (int i = 0; i < size; i++) {
            o.set(randomString(), randomValue(depth + 1));
        }
        return o;
    }

    private JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth > 3 ? 7 : 9);
        return switch (kind) {
            case 0 -> Json.NODES.textNode(randomString());
            case 1 -> Json.NODES.numberNode(random.nextInt());
            case 2 -> Json.NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(1000)
                    : (long) Integer.MIN_VALUE - 1 - random.nextInt(1_000_000));
            case 3 -> Json.NODES.numberNode(new BigInteger(64 + random.nextInt(100), random).add(BigInteger.valueOf(Long.MAX_VALUE))
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)));
            case 4 -> Json.NODES.numberNode(randomDecimal());
            case 5 -> Json.NODES.booleanNode(random.nextBoolean());
            case 6 -> Json.NODES.nullNode();
            case 7 -> randomObject(depth + 1);
            default -> {
                ArrayNode a = Json.array();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    a.add(randomValue(depth + 1));
                }
                yield a;
            }
        };
    }

    /** Decimals as the parser gives them back: at least one fraction digit, trailing zeros kept. */
    private BigDecimal randomDecimal() {
        BigInteger unscaled = new BigInteger(1 + random.nextInt(70), random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, 1 + random.nextInt(12));
    }

    private String randomString() {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(0x20));
                case 1 -> s.append((char) (0x20 + random.nextInt(0x60)));
                case 2 -> s.append(random.nextBoolean() ? '\u007f' : '"');
                case 3 -> s.append((char) (0xa0 + random.nextInt(0xd800 - 0xa0)));
                case 4 -> s.appendCodePoint(0x10000 + random.nextInt(0x10ffff - 0x10000));
                default -> s.append("\\/\u2028\ufeff\uffff".charAt(random.nextInt(5)));
            }
        }
        return s.toString();
    }
}
