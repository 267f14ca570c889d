package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;

/** Every real fixture verifies (or is refused) exactly as SOURCES.md says. */
class RealFixturesVerificationTest {
    private static final Boolean OK = Boolean.TRUE;
    private static final Boolean BAD = Boolean.FALSE;
    private static final Boolean NA = null;

    /** What SOURCES.md expects for one message: hash check, signature check. */
    record Expect(Boolean hash, Boolean sig) {
    }

    private static Expect e(Boolean hash, Boolean sig) {
        return new Expect(hash, sig);
    }

    private static final Expect VERIFIED = e(OK, OK);
    private static final Expect OFFLINE_CONTENT = e(NA, OK);
    private static final Expect HASH_MISMATCH = e(BAD, OK);

    /** Envelope files, in the order MessageExtractor finds their messages. */
    static final Map<String, List<Expect>> EXPECTED = Map.ofEntries(
            Map.entry("alephrs-program.json", List.of(VERIFIED)),
            Map.entry("alephrs-program-with-array-as-metadata.json", List.of(VERIFIED)),
            Map.entry("alephrs-store-ipfs.json", List.of(VERIFIED)),
            Map.entry("alephrs-forget.json", List.of(VERIFIED)),
            Map.entry("alephrs-post.json", List.of(VERIFIED)),
            Map.entry("alephrs-amend.json", List.of(VERIFIED)),
            Map.entry("alephrs-post-sol.json", List.of(VERIFIED)),
            Map.entry("alephrs-aggregate.json", List.of(OFFLINE_CONTENT)),
            Map.entry("alephrs-instance-gpu-payg.json", List.of(VERIFIED)),
            Map.entry("alephrs-forgotten-message.json", List.of(OFFLINE_CONTENT)),
            Map.entry("alephrs-pending-message.json", List.of(OFFLINE_CONTENT)),
            Map.entry("pyaleph-fixture_messages.json", List.of(VERIFIED, VERIFIED, VERIFIED, VERIFIED, VERIFIED, VERIFIED,
                    VERIFIED, VERIFIED)),
            Map.entry("pyaleph-fixture_aggregates.json", List.of(VERIFIED, VERIFIED, HASH_MISMATCH, VERIFIED, VERIFIED)),
            Map.entry("pyaleph-test-data-forgotten-messages.json", List.of(VERIFIED, HASH_MISMATCH, VERIFIED)),
            Map.entry("alephmessage-instance_content.json", List.of(VERIFIED)),
            Map.entry("alephsdkpy-messages.json", List.of(VERIFIED, VERIFIED)),
            Map.entry("alephsdkpy-rejected_message.json", List.of(VERIFIED)),
            Map.entry("alephsdkpy-removing_message.json", List.of(VERIFIED)),
            Map.entry("alephvm-program_message_from_aleph.json", List.of(e(BAD, BAD))),
            Map.entry("extracted-from-tests/pyaleph-test_process_programs-L72-program-cad11970.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_process_programs-L38-program-734a1287-content-edited.json",
                    List.of(HASH_MISMATCH)),
            Map.entry("extracted-from-tests/pyaleph-test_pending_messages-L151-program-2feafebd.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_pending_messages-L127-forget-884dd713.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_pending_messages-L106-store-storage-30cc4053.json",
                    List.of(OFFLINE_CONTENT)),
            Map.entry("extracted-from-tests/pyaleph-test_pending_messages-L80-store-nuls2-4bbcfe7c.json", List.of(e(OK, NA))),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L171-store-f6fc4884.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L188-forget-5e40c8e2.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L360-store-50635384.json", List.of(OFFLINE_CONTENT)),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L381-store-dbe81990.json", List.of(OFFLINE_CONTENT)),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L402-forget-0223e74d.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L525-store-63f07193-content-edited.json",
                    List.of(HASH_MISMATCH)),
            Map.entry("extracted-from-tests/pyaleph-test_process_forgets-L542-program-81fe71c0-content-edited.json",
                    List.of(HASH_MISMATCH)),
            Map.entry("extracted-from-tests/pyaleph-test_storage-L48-store-8227acbc.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_store_message-L69-store-7e4f9148.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_check_sender_authorization-L22-store-2a5aaf71.json",
                    List.of(VERIFIED)),
            Map.entry("extracted-from-tests/pyaleph-test_messages-L576-store-b81dcc3a.json", List.of(VERIFIED)),
            Map.entry("extracted-from-tests/alephclient-test_commands-L31-store-5b868dc8.json", List.of(VERIFIED)));

    /** Files without an item_hash: content templates, not envelopes. */
    static final List<String> TEMPLATES = List.of("alephmessage-machine.json", "alephmessage-machine_named.json",
            "alephmessage-forget.json", "pyaleph-program.json");

    static List<Message> messagesIn(String file) throws IOException {
        return MessageExtractor.extract(Json.parse(Files.readString(Fixtures.dir().resolve(file))));
    }

    static Stream<Arguments> expectations() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, List<Expect>> entry : new TreeMap<>(EXPECTED).entrySet()) {
            List<Message> messages = messagesIn(entry.getKey());
            assertThat(messages).as(entry.getKey()).hasSameSizeAs(entry.getValue());
            for (int i = 0; i < messages.size(); i++) {
                out.add(Arguments.of(entry.getKey() + "#" + i, messages.get(i), entry.getValue().get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void verifiesAsSourcesSays(String where, Message message, Expect expect) {
        Verification v = MessageVerifier.verify(message);

        assertThat(v.hashOk()).as("hash of " + where).isEqualTo(expect.hash());
        assertThat(v.signatureOk()).as("signature of " + where).isEqualTo(expect.sig());
        boolean refused = BAD.equals(expect.hash()) || BAD.equals(expect.sig());
        assertThat(v.ok()).as(where).isEqualTo(!refused);
        if (BAD.equals(expect.hash())) {
            assertThat(v.problems()).as(where).anyMatch(p -> p.contains("item_hash") && p.contains("SHA-256"));
        }
        if (BAD.equals(expect.sig())) {
            assertThat(v.problems()).as(where).anyMatch(p -> p.contains("signature"));
        }
        if (!refused && expect.sig() != null) {
            assertThat(v.problems()).as(where).isEmpty();
        }
    }

    @Test
    void everyFixtureFileIsInTheTable() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> top = Files.list(Fixtures.dir()); Stream<Path> extracted = Files.list(Fixtures.dir().resolve("extracted-from-tests"))) {
            top.filter(p -> p.toString().endsWith(".json")).forEach(p -> files.add(p.getFileName().toString()));
            extracted.filter(p -> p.toString().endsWith(".json")).forEach(p -> files.add("extracted-from-tests/" + p.getFileName()));
        }
        TreeSet<String> covered = new TreeSet<>(EXPECTED.keySet());
        covered.addAll(TEMPLATES);
        assertThat(files).isEqualTo(covered);
    }

    @Test
    void templatesHaveNoEnvelopeToVerify() {
        for (String template : TEMPLATES) {
            Assertions.assertThatThrownBy(() -> messagesIn(template))
                    .as(template).isInstanceOf(MessageFormatException.class).hasMessageContaining("no message envelope");
        }
    }

    @Test
    void nuls2SignatureIsReportedAsUncheckable() throws IOException {
        Message m = messagesIn("extracted-from-tests/pyaleph-test_pending_messages-L80-store-nuls2-4bbcfe7c.json").get(0);
        Verification v = MessageVerifier.verify(m);

        assertThat(m.chain()).isEqualTo("NULS2");
        assertThat(v.signatureOk()).isNull();
        assertThat(v.fullyVerified()).isFalse();
        assertThat(v.ok()).isTrue();
        assertThat(v.problems()).singleElement().asString().contains("NULS2").contains("cannot be checked");
    }

    @Test
    void signatureWithoutPrefixVerifies() throws IOException {
        Message m = messagesIn("extracted-from-tests/pyaleph-test_pending_messages-L106-store-storage-30cc4053.json").get(0);

        assertThat(m.signature()).doesNotStartWith("0x").hasSize(130);
        assertThat(MessageVerifier.verify(m).signatureOk()).isTrue();
    }

    @Test
    void solSignaturesVerifyAsObjectAndAsString() throws IOException {
        Message asObject = messagesIn("alephrs-post-sol.json").get(0);
        Message asString = messagesIn("alephsdkpy-messages.json").get(0);

        assertThat(asObject.signatureNode().isObject()).isTrue();
        assertThat(asString.signatureNode().isTextual()).isTrue();
        assertThat(List.of(asObject.chain(), asString.chain())).containsOnly("SOL");
        assertThat(MessageVerifier.verify(asObject).fullyVerified()).isTrue();
        assertThat(MessageVerifier.verify(asString).fullyVerified()).isTrue();
    }

    @Test
    void solSignatureWithAnotherPublicKeyIsRefused() throws IOException {
        Message m = messagesIn("alephrs-post-sol.json").get(0);
        var env = m.envelope();
        env.put("sender", messagesIn("alephsdkpy-messages.json").get(0).sender());

        Verification v = MessageVerifier.verify(Message.of(env));

        assertThat(v.signatureOk()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("signature"));
    }

    @Test
    void tamperedSenderOrTypeBreaksTheSignature() throws IOException {
        Message m = messagesIn("alephrs-forget.json").get(0);
        var otherType = m.envelope().put("type", "POST");
        var otherSender = m.envelope().put("sender", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        assertThat(MessageVerifier.verify(Message.of(otherType)).signatureOk()).isFalse();
        Verification v = MessageVerifier.verify(Message.of(otherSender));
        assertThat(v.signatureOk()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("signature was made by 0x")
                && p.contains("not by the sender 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    @Test
    void declaredItemTypeMustMatchTheHashShape() throws IOException {
        Message m = messagesIn("alephrs-aggregate.json").get(0);
        var asIpfs = m.envelope().put("item_type", "ipfs");

        Verification v = MessageVerifier.verify(Message.of(asIpfs));

        assertThat(v.hashOk()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("item_hash") && p.contains("shape of a ipfs hash"));
    }
}
