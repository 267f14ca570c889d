package org.alephdeploy.bench;

import java.nio.file.Path;
import java.security.SignatureException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.message.EthSignatures;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.VerificationBuffer;

/**
 * Signed messages a second that a sandbox node in this JVM accepts and processes: one client
 * posts pre-signed messages one after the other with {@code sync: true} (each answer means the
 * message is stored as processed), a third each of new STOREs, STORE revisions and POSTs. Next to
 * it, signature recoveries a second over the same messages, to show how much of a message's cost
 * the signature is. The node runs on a fresh temporary data directory, deleted afterwards.
 */
public final class NodeIngestBenchmark implements Benchmark {
    public static final String NAME = "node-ingest";
    static final int STANDARD_COUNT = 3000;
    private static final long ORIGIN = 1_767_100_000L;
    private static final int FILES = 4;

    private final int warmUp;
    private final int count;
    private final Path parent;

    /**
     * @param warmUp messages posted before timing starts (JIT, connection, SQLite caches)
     * @param count  messages timed
     * @param parent where the temporary node directory is made
     */
    public NodeIngestBenchmark(int warmUp, int count, Path parent) {
        if (warmUp < 0 || count < 3) {
            throw new IllegalArgumentException("warmUp must be >= 0 and count >= 3");
        }
        this.warmUp = warmUp;
        this.count = count;
        this.parent = parent;
    }

    static NodeIngestBenchmark standard(BenchSettings settings) {
        return new NodeIngestBenchmark(STANDARD_COUNT / 5, STANDARD_COUNT, settings.dataDir());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "sync POST of one signed message (STORE, STORE revision or POST) to an in-process sandbox, processed";
    }

    /** Fixed work: {@code duration} only bounds the signature-recovery side measurement (at least 1 s). */
    @Override
    public Figures run(Duration duration) {
        Path dir = BenchFiles.tempDirectory(parent, "node-ingest-");
        try (BenchNode node = BenchNode.start(dir.resolve("node"))) {
            KeyPairSigner signer = BenchMessages.signer(7001);
            String[] files = new String[FILES];
            for (int k = 0; k < FILES; k++) {
                files[k] = node.uploadSmallFile(dir, "node-ingest bench file " + k + "\n");
            }
            BenchMessages make = new BenchMessages(ORIGIN);
            List<Message> warm = mix(make, signer, files, warmUp, "warm");
            List<Message> timed = mix(make, signer, files, count, "timed");

            warm.forEach(node::postProcessed);
            long start = System.nanoTime();
            for (Message m : timed) {
                node.postProcessed(m);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            Duration recoverTime = duration.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : duration;
            double recoveries = recoveriesPerSecond(timed, recoverTime);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("messages", (long) count);
            details.put("warm_up_messages", (long) warmUp);
            details.put("mix", "1/3 new STORE, 1/3 STORE revision, 1/3 POST; one client thread, sync posts");
            details.put("signature_recoveries_per_second", Math.round(recoveries * 10) / 10.0);
            double perSecond = count * 1e9 / Math.max(1, elapsed.toNanos());
            details.put("recoveries_per_ingested_message", Math.round(recoveries / perSecond * 10) / 10.0);
            return new Figures(NAME, description(), count, elapsed, details);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /** New STORE, its revision, a POST, repeated: revisions point at the newest original. */
    private static List<Message> mix(BenchMessages make, KeyPairSigner signer, String[] files, int n, String label) {
        List<Message> out = new ArrayList<>(n);
        String original = null;
        for (int i = 0; i < n; i++) {
            switch (i % 3) {
                case 0 -> {
                    Message m = make.store(signer, files[i % files.length], null, label + " volume " + i);
                    original = m.itemHash();
                    out.add(m);
                }
                case 1 -> out.add(make.store(signer, files[(i + 1) % files.length], original, label + " revision " + i));
                default -> out.add(make.post(signer, i));
            }
        }
        return out;
    }

    /** EIP-191 recoveries of the timed messages' verification buffers, round after round, for {@code time}. */
    static double recoveriesPerSecond(List<Message> messages, Duration time) {
        byte[][] buffers = messages.stream().map(VerificationBuffer::of).toArray(byte[][]::new);
        long deadline = System.nanoTime() + time.toNanos();
        long start = System.nanoTime();
        long n = 0;
        try {
            do {
                int k = (int) (n % buffers.length);
                Message m = messages.get(k);
                if (!EthSignatures.recover(buffers[k], m.signature()).equals(m.sender())) {
                    throw new IllegalStateException("message " + m.itemHash() + " does not recover to its sender");
                }
                n++;
            } while (System.nanoTime() - deadline < 0 || n < buffers.length);
        } catch (SignatureException e) {
            throw new IllegalStateException("a benchmark signature does not recover: " + e.getMessage(), e);
        }
        return n * 1e9 / Math.max(1, System.nanoTime() - start);
    }
}
