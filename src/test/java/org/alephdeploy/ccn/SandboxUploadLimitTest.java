package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;

/** The sandbox's configurable authenticated upload limit, as the client sees it. */
class SandboxUploadLimitTest {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path dir;

    private final KeyPairSigner signer = new KeyPairSigner(ECKeyPair.create(new BigInteger("11a17", 16)));

    @Test
    void defaultIsTheReferenceNodes100MiB() throws Exception {
        try (SandboxNode node = SandboxNode.start(SandboxOptions.builder(dir.resolve("node")).build());
                CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(node.options().maxFileSize()).isEqualTo(100 * MIB);
            assertThat(client.limits().storageMaxFileSize()).isEqualTo(100 * MIB);
            assertThat(client.limits().storageMaxUnauthenticatedSize()).isEqualTo(25 * MIB);
        }
    }

    @Test
    void aConfiguredLimitIsReportedAndEnforced() throws Exception {
        try (SandboxNode node = SandboxNode.start(SandboxOptions.builder(dir.resolve("node")).free().maxFileSize(2 * MIB)
                .build());
                CcnClient client = Clients.fast(node.url()).build()) {
            assertThat(client.limits().storageMaxFileSize()).isEqualTo(2 * MIB);

            Path small = file("small", (int) MIB);
            assertThat(client.addFile(small, store(small, 1), true, null, null).message().httpStatus()).isEqualTo(200);

            Path big = file("big", (int) (3 * MIB));
            assertThatThrownBy(() -> client.addFile(big, store(big, 2), true, null, null))
                    .isInstanceOfSatisfying(NodeError.class, e -> assertThat(e.httpStatus()).isEqualTo(413));
        }
    }

    @Test
    void limitsOutsideWhatTheServerCanReceiveAreRefused() {
        assertThatThrownBy(() -> SandboxOptions.builder(dir).maxFileSize(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileSize");
        assertThatThrownBy(() -> SandboxOptions.builder(dir).maxFileSize(SandboxOptions.MAX_MAX_FILE_SIZE + 1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path file(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private Message store(Path file, int n) throws Exception {
        String hash = ItemHashes.sha256Hex(Files.readAllBytes(file));
        return MessageDraft.inline(MessageType.STORE, "LIMITS", ContentWriter.store(signer.address(),
                new BigDecimal("1767500000").add(BigDecimal.valueOf(n)), ItemType.STORAGE, hash, null, null,
                new Payment("ETH", null, Payment.HOLD))).sign(signer);
    }
}
