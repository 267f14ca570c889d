package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Times;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.Collections;

/** The client against a real sandbox node over HTTP on 127.0.0.1. */
class SandboxIntegrationTest {
    private static final KeyPairSigner SIGNER =
            KeyPairSigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final String OTHER = "0x70997970C51812dc3A010C7d01b50e79d911e6C8";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    private static SandboxNode sandbox;
    private static CcnClient client;
    private static MessageWaiter waiter;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxNode.start(SandboxOptions.builder(dir.resolve("node")).free().retryAttempts(2)
                .retryMaxDelay(Duration.ofMillis(200)).build());
        client = CcnClient.builder().node(sandbox.url()).build();
        waiter = new MessageWaiter(client, Duration.ofMillis(50), Duration.ofMillis(500));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static Message store(String address, String fileHash, String ref) {
        ObjectNode metadata = Json.object();
        metadata.put("name", "ccn-it");
        return MessageDraft.inline(MessageType.STORE, "TEST",
                ContentWriter.store(address, Times.now(), ItemType.STORAGE, fileHash, ref, metadata, null)).sign(SIGNER);
    }

    private static Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void uploadsAFileWithItsStoreThenListsReadsAndDownloadsIt() throws Exception {
        Path f = file("code.zip", "program code " + System.nanoTime());
        String fileHash = ItemHashes.sha256Hex(Files.readAllBytes(f));
        Message store = store(SIGNER.address(), fileHash, null);
        AtomicLong progress = new AtomicLong();

        UploadResult upload = client.addFile(f, store, false, (sent, total, rate) -> progress.set(sent), null);
        assertThat(upload.uploaded()).isTrue();
        assertThat(upload.fileHash()).isEqualTo(fileHash);
        assertThat(upload.message().accepted()).isTrue();
        assertThat(progress.get()).isEqualTo(Files.size(f));

        MessageRecord record = waiter.awaitProcessed(store.itemHash(), WAIT, null);
        assertThat(record.status()).isEqualTo(MessageStatus.PROCESSED);
        assertThat(record.message().itemContent()).isEqualTo(store.itemContent());

        List<Message> mine = client.listAll(MessageFilter.builder().owners(SIGNER.address()).msgTypes(MessageType.STORE).build());
        assertThat(mine).extracting(Message::itemHash).contains(store.itemHash());
        assertThat(mine).filteredOn(m -> m.itemHash().equals(store.itemHash()))
                .singleElement().extracting(Message::itemContent).isEqualTo(store.itemContent());

        assertThat(client.byRef(store.itemHash())).get().extracting(FileRef::fileHash).isEqualTo(fileHash);
        assertThat(client.byMessageHash(store.itemHash())).get().extracting(FileRef::fileHash).isEqualTo(fileHash);
        assertThat(client.fileExists(fileHash)).isTrue();
        assertThat(client.addressFiles(SIGNER.address(), 1, 0, true).files())
                .extracting(AddressFiles.File::itemHash).contains(store.itemHash());

        Path back = dir.resolve("back.zip");
        client.download(fileHash, back, null);
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(f));
    }

    @Test
    void skipsTheUploadWhenTheNodeAlreadyHasTheFile() throws Exception {
        Path f = file("data.bin", "volume data " + System.nanoTime());
        String fileHash = ItemHashes.sha256Hex(Files.readAllBytes(f));
        Message first = store(SIGNER.address(), fileHash, null);
        assertThat(client.addFile(f, first, true, null, null).uploaded()).isTrue();
        waiter.awaitProcessed(first.itemHash(), WAIT, null);

        Message again = store(SIGNER.address(), fileHash, null);
        UploadResult second = client.addFile(f, again, false, null, null);
        assertThat(second.uploaded()).isFalse();
        assertThat(second.bytesSent()).isZero();
        assertThat(second.message().httpStatus()).isIn(200, 202);
        assertThat(waiter.awaitProcessed(again.itemHash(), WAIT, null).status()).isEqualTo(MessageStatus.PROCESSED);
    }

    @Test
    void aRejectedMessageSurfacesTheNodesErrorCode() throws Exception {
        Path f = file("other.bin", "someone else's " + System.nanoTime());
        String fileHash = ItemHashes.sha256Hex(Files.readAllBytes(f));
        // signed by SIGNER on behalf of OTHER, who never authorised it: permission denied (code 2)
        Message notMine = store(OTHER, fileHash, null);
        client.addFile(f, null, false, null, null);
        client.postMessage(notMine, false);
        assertThatThrownBy(() -> waiter.awaitProcessed(notMine.itemHash(), WAIT, null))
                .isInstanceOfSatisfying(NodeError.class, e -> {
                    assertThat(e.kind()).isEqualTo(NodeError.Kind.REJECTED);
                    assertThat(e.errorCode()).isEqualTo(2);
                    assertThat(e.explanation().what()).contains("not allowed");
                });
    }

    @Test
    void listAllPagesThroughARealListingNewestFirst() throws Exception {
        KeyPairSigner owner = KeyPairSigner.fromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        Path f = file("pages.bin", "paged " + System.nanoTime());
        String fileHash = ItemHashes.sha256Hex(Files.readAllBytes(f));
        client.addFile(f, null, false, null, null);
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Message m = MessageDraft.inline(MessageType.STORE, "TEST", ContentWriter.store(owner.address(),
                    Times.ofMillis(1_700_000_000_000L + i * 1000L), ItemType.STORAGE, fileHash, null, null, null)).sign(owner);
            assertThat(client.postMessage(m, false).accepted()).isTrue();
            posted.add(m.itemHash());
        }
        for (String h : posted) {
            waiter.awaitProcessed(h, WAIT, null);
        }
        try (CcnClient paged = CcnClient.builder().node(sandbox.url()).listPageSize(3).listParallelism(2).build()) {
            List<Message> all = paged.listAll(MessageFilter.builder().owners(owner.address()).build());
            Collections.reverse(posted);
            assertThat(all).extracting(Message::itemHash).containsExactlyElementsOf(posted);
            Page<Message> second = paged.messages(MessageFilter.builder().owners(owner.address()).build(), 2, 3);
            assertThat(second.total()).isEqualTo(7L);
            assertThat(second.items()).extracting(Message::itemHash).containsExactlyElementsOf(posted.subList(3, 6));
        }
    }

    @Test
    void aTamperedMessageIsRefusedAsInvalidFormat() {
        Message good = store(SIGNER.address(), "f".repeat(64), null);
        ObjectNode env = good.envelope();
        env.put("item_content", good.itemContent().replace("ccn-it", "ccn-XX"));
        Message tampered = Message.of(env);
        assertThatThrownBy(() -> client.postMessage(tampered, false))
                .isInstanceOfSatisfying(NodeError.class, e -> {
                    assertThat(e.kind()).isEqualTo(NodeError.Kind.INVALID_MESSAGE_FORMAT);
                    assertThat(e.httpStatus()).isEqualTo(422);
                });
    }

    @Test
    void statusVersionAndBalanceAnswer() {
        assertThat(client.version()).isNotBlank();
        assertThat(client.balance(SIGNER.address()).address()).isEqualTo(SIGNER.address());
        assertThat(client.message("0".repeat(64))).isEmpty();
    }
}
