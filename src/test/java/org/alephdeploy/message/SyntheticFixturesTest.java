package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticFixturesTest {
    static final String KEY_A = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String KEY_B = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    static Stream<Path> synthetic() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve("synthetic"))) {
            List<Path> list = files.filter(p -> p.getFileName().toString().matches("synthetic-\\d\\d-.*\\.json")).sorted().toList();
            assertThat(list).hasSize(11);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("synthetic")
    void reproducedByteForByteFromContentAndKey(Path file) throws IOException {
        Message original = Message.parse(Files.readString(file));
        MessageSigner signer = KeyPairSigner.fromHex(
                original.sender().equals(KeyPairSigner.fromHex(KEY_A).address()) ? KEY_A : KEY_B);

        MessageDraft draft = MessageDraft.inline(original.type(), original.channel(), Json.parseObject(original.itemContent()));
        Message rebuilt = draft.sign(signer);

        assertThat(rebuilt.itemContent()).isEqualTo(original.itemContent());
        assertThat(rebuilt.itemHash()).isEqualTo(original.itemHash());
        assertThat(rebuilt.signature()).isEqualTo(original.signature());
        assertThat(rebuilt.toWireJson()).isEqualTo(CanonicalJson.write(original.toWire()));
        assertThat(MessageVerifier.verify(original).fullyVerified()).isTrue();
    }
}
