package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.alephdeploy.Slow;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.locks.LockSupport;

class UploadTest {
    private static final Logger LOG = LoggerFactory.getLogger(UploadTest.class);
    private static final KeyPairSigner SIGNER =
            KeyPairSigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private final TestNode node = new TestNode();

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    @Slow
    void streamsA300MiBFileWithASmallHeap(@TempDir Path dir) throws Exception {
        long size = 300L << 20;
        Path file = dir.resolve("volume.squashfs");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
            raf.seek(size / 2);
            raf.write("a marker in the middle".getBytes(StandardCharsets.UTF_8));
        }
        String expectedHash = FileHashing.sha256(file, Cancellation.NONE);
        Message store = store(expectedHash);
        AtomicReference<MultipartReader> received = new AtomicReference<>();
        node.on("HEAD /api/v0/storage/raw/*", (ex, n) -> TestNode.send(ex, 404, ""));
        node.on("POST /api/v0/storage/add_file", (ex, n) -> {
            long length = Long.parseLong(ex.getRequestHeaders().getFirst("Content-Length"));
            MultipartReader r = MultipartReader.read(ex.getRequestBody(), length,
                    ex.getRequestHeaders().getFirst("Content-Type"));
            received.set(r);
            TestNode.send(ex, 202, "{\"status\":\"success\",\"hash\":\"" + r.fileHash + "\"}");
        });

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean uploading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (uploading.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(5_000_000);
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        AtomicLong lastSent = new AtomicLong();
        AtomicReference<Double> lastRate = new AtomicReference<>(0.0);
        UploadResult result;
        try (CcnClient client = Clients.fast(node.url()).build()) {
            result = client.addFile(file, store, false, (sent, total, rate) -> {
                lastSent.set(sent);
                lastRate.set(rate);
                assertThat(total).isEqualTo(size);
            }, null);
        } finally {
            uploading.set(false);
            sampler.join();
        }
        long peakAboveBaseline = peak.get() - baseline;
        LOG.info("300 MiB upload: heap baseline {} MiB, peak {} MiB ({} MiB above baseline)", baseline >> 20,
                peak.get() >> 20, peakAboveBaseline >> 20);

        assertThat(result.uploaded()).isTrue();
        assertThat(result.fileHash()).isEqualTo(expectedHash);
        assertThat(result.message().messageStatus()).isEqualTo(MessageStatus.PENDING);
        assertThat(received.get().fileBytes).isEqualTo(size);
        assertThat(received.get().fileHash).isEqualTo(expectedHash);
        JsonNode metadata = Json.parse(received.get().metadata);
        assertThat(metadata.path("sync").isBoolean()).isTrue();
        assertThat(metadata.path("message").path("item_hash").asText()).isEqualTo(store.itemHash());
        assertThat(metadata.path("message").path("item_content").asText()).isEqualTo(store.itemContent());
        assertThat(lastSent.get()).isEqualTo(size);
        assertThat(lastRate.get()).isPositive();
        assertThat(peakAboveBaseline).isLessThan(size / 5);
    }

    @Test
    void skipsTheUploadWhenTheNodeHasTheFileAndPostsTheMessageInstead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("code.zip");
        Files.writeString(file, "print('hello')");
        String hash = ItemHashes.sha256Hex(Files.readAllBytes(file));
        Message store = store(hash);
        AtomicReference<String> posted = new AtomicReference<>();
        node.on("HEAD /api/v0/storage/raw/" + hash, (ex, n) -> TestNode.send(ex, 200, ""));
        node.on("POST /api/v0/storage/add_file", (ex, n) -> TestNode.send(ex, 500, "must not be called"));
        node.on("POST /api/v0/messages", (ex, n) -> {
            posted.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            TestNode.send(ex, 202, "{\"publication_status\":{\"status\":\"success\",\"failed\":[]},\"message_status\":\"pending\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            UploadResult result = client.addFile(file, store, false, null, null);
            assertThat(result.uploaded()).isFalse();
            assertThat(result.fileHash()).isEqualTo(hash);
            assertThat(result.message().httpStatus()).isEqualTo(202);
            assertThat(result.message().messageStatus()).isEqualTo(MessageStatus.PENDING);
            assertThat(result.message().publicationStatus()).isEqualTo("success");
        }
        assertThat(node.calls("POST /api/v0/storage/add_file")).isZero();
        JsonNode body = Json.parse(posted.get());
        assertThat(body.path("sync").asBoolean(true)).isFalse();
        assertThat(body.path("message").path("item_content").asText()).isEqualTo(store.itemContent());
        assertThat(body.path("message").path("signature").asText()).isEqualTo(store.signature());
    }

    @Test
    void refusesAStoreMessageNamingAnotherFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.bin");
        Files.writeString(file, "abc");
        try (CcnClient client = Clients.fast(node.url()).build()) {
            assertThatThrownBy(() -> client.addFile(file, store("b".repeat(64)), false, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hashes to");
        }
        assertThat(node.requests).isEmpty();
    }

    @Test
    void anUploadCutByA503IsSentAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.bin");
        Files.write(file, new byte[200_000]);
        String hash = ItemHashes.sha256Hex(Files.readAllBytes(file));
        node.on("HEAD /api/v0/storage/raw/*", (ex, n) -> TestNode.send(ex, 404, ""));
        node.on("POST /api/v0/storage/add_file", (ex, n) -> {
            long length = Long.parseLong(ex.getRequestHeaders().getFirst("Content-Length"));
            MultipartReader r = MultipartReader.read(ex.getRequestBody(), length, ex.getRequestHeaders().getFirst("Content-Type"));
            if (n == 1) {
                TestNode.send(ex, 503, "busy");
            } else {
                TestNode.send(ex, 200, "{\"status\":\"success\",\"hash\":\"" + r.fileHash + "\"}");
            }
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            UploadResult result = client.addFile(file, store(hash), true, null, null);
            assertThat(result.uploaded()).isTrue();
            assertThat(result.message().messageStatus()).isEqualTo(MessageStatus.PROCESSED);
        }
        assertThat(node.calls("POST /api/v0/storage/add_file")).isEqualTo(2);
    }

    @Test
    void aRejectedUploadStillReportsTheStoredFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.bin");
        Files.writeString(file, "payload");
        String hash = ItemHashes.sha256Hex(Files.readAllBytes(file));
        node.on("HEAD /api/v0/storage/raw/*", (ex, n) -> TestNode.send(ex, 404, ""));
        node.on("POST /api/v0/storage/add_file", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            TestNode.send(ex, 422, "{\"status\":\"success\",\"hash\":\"" + hash + "\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            UploadResult result = client.addFile(file, store(hash), true, null, null);
            assertThat(result.message().messageStatus()).isEqualTo(MessageStatus.REJECTED);
            assertThat(result.message().accepted()).isFalse();
        }
    }

    @Test
    void ipfsUploadReportsCidNameAndSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.tar");
        Files.writeString(file, "0123456789");
        node.on("POST /api/v0/ipfs/add_file", (ex, n) -> {
            ex.getRequestBody().readAllBytes();
            TestNode.send(ex, 200, "{\"status\":\"success\",\"hash\":\"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG\","
                    + "\"name\":\"site.tar\",\"size\":10}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            IpfsUploadResult result = client.ipfsAddFile(file, null, false, null, null);
            assertThat(result.cid()).startsWith("Qm");
            assertThat(result.name()).isEqualTo("site.tar");
            assertThat(result.size()).isEqualTo(10);
            assertThat(result.message()).isNull();
        }
    }

    @Test
    void downloadsStreamAndCheckTheHash(@TempDir Path dir) throws Exception {
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        String hash = ItemHashes.sha256Hex(content);
        node.on("GET /api/v0/storage/raw/" + hash, (ex, n) -> {
            byte[] sent = content.clone();
            if (n == 1) {
                sent[1000] ^= 1;
            }
            ex.sendResponseHeaders(200, sent.length);
            ex.getResponseBody().write(sent);
        });
        Path dest = dir.resolve("out.bin");
        AtomicLong progress = new AtomicLong();
        try (CcnClient client = Clients.fast(node.url()).build()) {
            client.download(hash, dest, (done, total, rate) -> progress.set(done));
        }
        assertThat(Files.readAllBytes(dest)).isEqualTo(content);
        assertThat(progress.get()).isEqualTo(content.length);
        assertThat(node.calls("GET /api/v0/storage/raw/" + hash)).isEqualTo(2);
        assertThat(dir.resolve("out.bin.part")).doesNotExist();
    }

    @Test
    void addJsonReturnsTheHash() {
        node.on("POST /api/v0/storage/add_json", (ex, n) -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            TestNode.send(ex, 200, "{\"status\":\"success\",\"hash\":\"" + ItemHashes.ofContent(body) + "\"}");
        });
        try (CcnClient client = Clients.fast(node.url()).build()) {
            String hash = client.addJson(Json.parseObject("{\"a\":1}"));
            assertThat(hash).isEqualTo(ItemHashes.ofContent("{\"a\":1}"));
        }
    }

    static Message store(String fileHash) {
        return MessageDraft.inline(MessageType.STORE, "TEST", ContentWriter.store(SIGNER.address(), Times.now(),
                ItemType.STORAGE, fileHash, null, null, null)).sign(SIGNER);
    }
}
