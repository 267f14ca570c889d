package org.alephdeploy.ccn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ECKeyPair;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The client against a sandbox node that fails a third of its requests (5xx, resets, truncated
 * answers, slow answers): with a small retry policy every post, upload and listing still ends
 * right, and retries leave no duplicate behind. Checked afterwards on the same data directory
 * restarted without faults.
 */
@Slow
class ClientUnderFaultsTest {
    static final String FAULTS = "500=0.1,502=0.05,503=0.1,reset=0.05,truncate=0.05,slow=0.05:300ms";
    /** 35 % of attempts fail; 11 attempts in a row fail about once in 100,000 calls. */
    static final RetryPolicy SMALL = new RetryPolicy(10, Duration.ofMillis(2), Duration.ofMillis(30),
            Duration.ofSeconds(60), Duration.ofMinutes(2));
    static final String CHANNEL = "CLIENT-UNDER-FAULTS";
    static final int POSTS = 40;
    static final int UPLOADS = 3;

    @TempDir
    Path dir;

    private final KeyPairSigner signer = new KeyPairSigner(ECKeyPair.create(new BigInteger("7a11ed5eed", 16)));
    private BigDecimal time = new BigDecimal("1767400000.000");

    @Test
    void everyPostUploadAndListingEndsRightAndExactlyOnce() throws Exception {
        Path data = dir.resolve("node");
        List<Message> posted = new ArrayList<>();
        List<String> fileHashes = new ArrayList<>();
        List<Message> stores = new ArrayList<>();

        // a short sync wait: a retried sync post of a message the node already processed waits it out (answered 202)
        try (SandboxNode faulty = SandboxNode.start(SandboxOptions.builder(data).free().faults(FAULTS)
                .syncWait(Duration.ofSeconds(1)).build());
                CcnClient client = Clients.fast(faulty.url()).retryPolicy(SMALL).build()) {
            assertThat(failedRawRequests(faulty.url(), 60)).as("the node really injects faults").isPositive();

            for (int i = 0; i < UPLOADS; i++) {
                Path file = randomFile(i, 300 * 1024 + i);
                String hash = ItemHashes.sha256Hex(Files.readAllBytes(file));
                Message store = sign(MessageType.STORE, ContentWriter.store(signer.address(), nextTime(), ItemType.STORAGE,
                        hash, null, null, new Payment("ETH", null, Payment.HOLD)));
                UploadResult r = client.addFile(file, store, true, null, null);
                assertThat(r.fileHash()).isEqualTo(hash);
                assertThat(r.uploaded()).isTrue();
                assertThat(r.message().accepted()).as("upload %d: %s", i, r.message()).isTrue();
                fileHashes.add(hash);
                stores.add(store);
            }
            for (int i = 0; i < POSTS; i++) {
                Message post = sign(MessageType.POST, ContentWriter.post(signer.address(), nextTime(), "faults",
                        Json.object().put("n", i), null));
                PostResult r = client.postMessage(post, true);
                assertThat(r.accepted()).as("post %d: %s", i, r).isTrue();
                posted.add(post);
            }
            posted.addAll(stores);

            for (Message m : posted) {
                assertThat(client.messageStatus(m.itemHash()).orElseThrow().status()).isEqualTo(MessageStatus.PROCESSED);
            }
            assertThat(hashesOnce(client.listAll(channel()))).containsExactlyInAnyOrderElementsOf(hashes(posted));
            for (String hash : fileHashes) {
                assertThat(client.fileCount(hash)).as("pins of %s under faults", hash).isEqualTo(1);
            }
        }

        try (SandboxNode clean = SandboxNode.start(SandboxOptions.builder(data).free().build());
                CcnClient client = Clients.fast(clean.url()).retryPolicy(RetryPolicy.NO_RETRY).listPageSize(7).build()) {
            List<Message> listed = client.listAll(channel());
            assertThat(hashesOnce(listed)).containsExactlyInAnyOrderElementsOf(hashes(posted));
            assertThat(client.messages(MessageFilter.builder().addresses(signer.address()).build(), 1, 1).total())
                    .as("nothing else was stored for the sender").isEqualTo((long) (POSTS + UPLOADS));
            assertThat(client.messages(MessageFilter.builder().channels(CHANNEL).msgTypes(MessageType.POST).build(), 1, 1)
                    .total()).isEqualTo((long) POSTS);
            for (int i = 0; i < UPLOADS; i++) {
                String hash = fileHashes.get(i);
                assertThat(client.fileCount(hash)).as("one pin: the STORE message's").isEqualTo(1);
                assertThat(client.byMessageHash(stores.get(i).itemHash()).orElseThrow().fileHash()).isEqualTo(hash);
                Path copy = dir.resolve("copy-" + i);
                client.download(hash, copy, null);
                assertThat(copy).hasSameBinaryContentAs(dir.resolve("upload-" + i + ".bin"));
            }
        }
    }

    private MessageFilter channel() {
        return MessageFilter.builder().channels(CHANNEL).build();
    }

    private BigDecimal nextTime() {
        time = time.add(BigDecimal.ONE);
        return time;
    }

    private Message sign(MessageType type, ObjectNode content) {
        return MessageDraft.inline(type, CHANNEL, content).sign(signer);
    }

    private Path randomFile(int seed, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(dir.resolve("upload-" + seed + ".bin"), bytes);
    }

    /** The listed hashes, after checking that none is listed twice. */
    private static List<String> hashesOnce(List<Message> listed) {
        List<String> hashes = hashes(listed);
        assertThat(new HashSet<>(hashes)).as("no message listed twice").hasSameSizeAs(hashes);
        return hashes;
    }

    private static List<String> hashes(List<Message> messages) {
        return messages.stream().map(Message::itemHash).toList();
    }

    /** Plain GETs without retries: how many of {@code n} failed or carried an injected fault. */
    private static int failedRawRequests(String url, int n) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int failed = 0;
        Set<Integer> ok = Set.of(200);
        for (int i = 0; i < n; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v0/version"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (!ok.contains(r.statusCode()) || r.headers().firstValue("X-Injected-Fault").isPresent()) {
                    failed++;
                }
            } catch (IOException e) {
                failed++;
            }
        }
        return failed;
    }
}
