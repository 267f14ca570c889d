package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.assertj.core.api.Assertions;

/** Real fixtures read through the envelope and the typed content views. */
class RealFixturesContentTest {
    private static final String OFFICIAL_RUNTIME = "63f07193e6ee9d207b7d1fcf8286f9aee34e6f12f101d2ec77c1229f92964696";

    static List<String> envelopeFiles() {
        return RealFixturesVerificationTest.EXPECTED.keySet().stream().sorted().toList();
    }

    private static Message only(String file) throws IOException {
        return RealFixturesVerificationTest.messagesIn(file).get(0);
    }

    private static ObjectNode templateContent(String file) throws IOException {
        JsonNode json = Json.parse(Files.readString(Fixtures.dir().resolve(file)));
        JsonNode message = json.isArray() ? json.get(0) : json;
        assertThat(message.has("item_hash")).as(file + " is a template").isFalse();
        return (ObjectNode) message.get("content");
    }

    @ParameterizedTest
    @MethodSource("envelopeFiles")
    void everyEnvelopeHasATypedViewOfItsContent(String file) throws IOException {
        for (Message m : RealFixturesVerificationTest.messagesIn(file)) {
            assertThat(m.itemType()).isNotNull();
            assertThat(m.time()).as("time of " + m).isNotNull();
            if (m.content() != null) {
                Content view = Contents.of(m);
                assertThat(view.address()).as(file).isNotBlank();
                assertThat(view.json()).isEqualTo(m.content());
            }
        }
    }

    @Test
    void programTemplatesParseIntoTheProgramView() throws IOException {
        for (String file : List.of("alephmessage-machine.json", "alephmessage-machine_named.json", "pyaleph-program.json")) {
            ProgramContent p = new ProgramContent(templateContent(file));

            assertThat(p.address()).isEqualTo("0x9319Ad3B7A8E0eE24f2E639c40D8eD124C5520Ba");
            assertThat(p.code().ref()).isEqualTo("7eb2eca2378ea8855336ed76c8b26219f1cb90234d04441de9cf8cb1c649d003");
            assertThat(p.code().useLatest()).isFalse();
            assertThat(p.entrypoint()).isEqualTo("example_fastapi_2:app");
            assertThat(p.allowAmend()).isFalse();
            assertThat(p.variables()).containsEntry("VM_CUSTOM_VARIABLE_2", "32");
        }
        assertThat(new ProgramContent(templateContent("alephmessage-machine_named.json")).name()).isEqualTo("test");
    }

    @Test
    void forgetTemplateParsesIntoTheForgetView() throws IOException {
        ForgetContent f = new ForgetContent(templateContent("alephmessage-forget.json"));

        assertThat(f.hashes()).containsExactly("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
                "e258d248fda94c63753607f7c4494ee0fcbe92f1a76bfdac795c9d84101eb317");
        assertThat(f.aggregates()).isEmpty();
        assertThat(f.time()).isEqualTo(new BigDecimal("1619017773.8950517"));
    }

    @Test
    void pyalephProgramHasEveryVolumeKind() throws IOException {
        ProgramContent p = new ProgramContent(templateContent("pyaleph-program.json"));

        assertThat(p.volumes()).extracting(Volume::kind, Volume::mount, Volume::sizeMib, Volume::persistence, Volume::name)
                .containsExactly(
                        tuple(Volume.Kind.IMMUTABLE, "/opt/venv", null, null, null),
                        tuple(Volume.Kind.EPHEMERAL, "/var/cache", 5L, null, null),
                        tuple(Volume.Kind.PERSISTENT, "/var/lib/sqlite", 10L, "host", "sqlite-data"),
                        tuple(Volume.Kind.PERSISTENT, "/var/lib/statistics", 10L, "store", "statistics"),
                        tuple(Volume.Kind.PERSISTENT, null, 10L, "host", "raw-data"));
        assertThat(p.volumes().get(0).useLatest()).isFalse();
        assertThat(p.data().ref()).isEqualTo("7eb2eca2378ea8855336ed76c8b26219f1cb90234d04441de9cf8cb1c649d003");
        assertThat(p.data().mount()).isEqualTo("/data");
        assertThat(p.references()).extracting(Reference::role)
                .containsExactly(Reference.Role.CODE, Reference.Role.RUNTIME, Reference.Role.DATA, Reference.Role.VOLUME);
        assertThat(p.runtime().useLatest()).isFalse();
        assertThat(p.timeoutSeconds()).isEqualTo(30);
        assertThat(p.persistent()).isFalse();
    }

    @Test
    void alephRsProgramValues() throws IOException {
        Message m = only("alephrs-program.json");
        ProgramContent p = Contents.program(m);

        assertThat(p.code().ref()).isEqualTo("9a4735bca0d3f7032ddd6659c35387b57b470550c931841e6862ece4e9e6523e");
        assertThat(p.code().useLatest()).isTrue();
        assertThat(p.allowAmend()).isFalse();
        assertThat(p.name()).isEqualTo("Hoymiles");
        assertThat(p.vcpus()).isEqualTo(2);
        assertThat(p.memoryMib()).isEqualTo(4096);
        assertThat(p.internet()).isTrue();
        assertThat(p.runtime().ref()).isEqualTo(OFFICIAL_RUNTIME);
        assertThat(p.runtime().label()).isEqualTo("Aleph Alpine Linux with Python 3.12");
        assertThat(p.payment()).isEqualTo(new Payment("ETH", null, Payment.HOLD));
        assertThat(p.volumes()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Volume.Kind.IMMUTABLE);
            assertThat(v.ref()).isEqualTo("8df728d560ed6e9103b040a6b5fc5417e0a52e890c12977464ebadf9becf1bf6");
            assertThat(v.useLatest()).isTrue();
        });
        // the API's normalised `content` differs; the view reads item_content, and the copy is not kept
        assertThat(m.content().has("authorized_keys")).isFalse();
        assertThat(m.envelope().has("content")).isFalse();
    }

    @Test
    void programWithArrayMetadataHasNoName() throws IOException {
        ProgramContent p = Contents.program(only("alephrs-program-with-array-as-metadata.json"));

        assertThat(p.name()).isNull();
        assertThat(p.json().get("metadata").isArray()).isTrue();
    }

    @Test
    void storeIpfsValues() throws IOException {
        Message m = only("alephrs-store-ipfs.json");
        StoreContent s = Contents.store(m);

        assertThat(m.itemType()).isEqualTo(ItemType.INLINE);
        assertThat(s.itemType()).isEqualTo(ItemType.IPFS);
        assertThat(s.fileHash()).isEqualTo("QmYULJoNGPDmoRq4WNWTDTUvJGJv1hosox8H6vVd1kCsY8");
        assertThat(ItemHashes.strictShape(s.fileHash())).contains(ItemType.IPFS);
        assertThat(s.ref()).isNull();
        assertThat(s.isRevision()).isFalse();
        assertThat(s.payment().type()).isEqualTo(Payment.HOLD);
    }

    @Test
    void storeWithUserTagIsNotARevision() throws IOException {
        StoreContent s = Contents.store(only("extracted-from-tests/alephclient-test_commands-L31-store-5b868dc8.json"));

        assertThat(s.ref()).isNotNull();
        assertThat(s.isRevision()).isFalse();
    }

    @Test
    void legacyStoreKeysAreKept() throws IOException {
        StoreContent s = Contents.store(only("extracted-from-tests/pyaleph-test_process_forgets-L171-store-f6fc4884.json"));

        assertThat(s.json().get("mime_type").asText()).isEqualTo("text/plain");
        assertThat(s.itemType()).isEqualTo(ItemType.STORAGE);
    }

    @Test
    void forgetValues() throws IOException {
        ForgetContent f = Contents.forget(only("alephrs-forget.json"));

        assertThat(f.hashes()).containsExactly("ecd3bab3db7b449ad7875336c9a46dbbe6a010b023fc9525d81e8fdf56936ea1");
        assertThat(f.aggregates()).isEmpty();
        assertThat(f.reason()).isEqualTo("None");
        ForgetContent spaced = Contents.forget(only("extracted-from-tests/pyaleph-test_process_forgets-L402-forget-0223e74d.json"));
        assertThat(spaced.hashes()).containsExactly("50635384e43c7af6b3297f6571644c30f3f07ac681bfd14b9c556c63e661a69e");
    }

    @Test
    void instanceValues() throws IOException {
        InstanceContent i = Contents.instance(only("alephrs-instance-gpu-payg.json"));

        assertThat(i.rootfsParent()).isEqualTo("b6ff5c3a8205d1ca4c7c3369300eeafff498b558f71b851aa2114afd0a532717");
        assertThat(i.payment()).isEqualTo(new Payment("BASE", "0xf0c0ddf11a0dCE6618B5DF8d9fAE3D95e72E04a9", Payment.SUPERFLUID));
    }

    @Test
    void envelopeQuirks() throws IOException {
        List<Message> fixtureMessages = RealFixturesVerificationTest.messagesIn("pyaleph-fixture_messages.json");
        assertThat(fixtureMessages.get(0).envelope().has("item_type")).isFalse();
        assertThat(fixtureMessages.get(0).itemType()).isEqualTo(ItemType.INLINE);

        assertThat(only("extracted-from-tests/pyaleph-test_storage-L48-store-8227acbc.json").channel()).isEqualTo("null");
        assertThat(only("alephrs-forgotten-message.json").time()).isEqualTo(new BigDecimal("1665054954.517756"));
        assertThat(only("alephmessage-instance_content.json").time()).isEqualTo(new BigDecimal("1732118563.21439"));
        assertThat(only("alephrs-pending-message.json").itemType()).isEqualTo(ItemType.STORAGE);

        Message removing = only("alephsdkpy-removing_message.json");
        assertThat(Contents.store(removing).time()).isEqualTo(new BigDecimal("1756520339.1264179"));
        assertThat(removing.envelope().has("content")).isFalse();
    }

    @Test
    void typedViewRefusesAnotherType() throws IOException {
        Message post = only("alephrs-post.json");

        Assertions.assertThatThrownBy(() -> Contents.program(post))
                .isInstanceOf(MessageFormatException.class).hasMessageContaining("expected a PROGRAM message, got POST");
        assertThat(Contents.post(post).postType()).isNotBlank();
        assertThat(Contents.post(only("alephrs-amend.json")).ref())
                .isEqualTo("d281eb8a69ba1f4dda2d71aaf3ded06caa92edd690ef3d0632f41aa91167762c");
        assertThat(Contents.aggregate(RealFixturesVerificationTest.messagesIn("pyaleph-fixture_aggregates.json").get(0)).key())
                .isNotBlank();
        assertThat(Contents.post(only("alephrs-amend.json")).postType()).isEqualTo("amend");
    }
}
