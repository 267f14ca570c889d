package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageWaiter;
import org.alephdeploy.ccn.RetryPolicy;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import java.util.concurrent.ExecutionException;

/**
 * An in-process sandbox node on a temporary directory, with a client and an engine, for the
 * benchmarks that need a node; seeds through signed posts (the sandbox has no bulk insert).
 */
final class SandboxBench implements AutoCloseable {
    /** The public Anvil/Hardhat test key #0: a public key, never a real account. */
    static final String KEY_HEX = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final KeyPairSigner KEY = KeyPairSigner.fromHex(KEY_HEX);
    static final String CHANNEL = "BENCH";

    final Path dir;
    final SandboxNode node;
    final CcnClient client;
    private final boolean temporary;

    /** A node on a new temporary directory, deleted on close. */
    SandboxBench() {
        this(null);
    }

    /** A node on {@code keep} (kept on close, so a slow seed is done once), or on a new temporary directory when null. */
    SandboxBench(Path keep) {
        try {
            temporary = keep == null;
            dir = keep == null ? Files.createTempDirectory("aleph-deploy-bench-") : Files.createDirectories(keep);
            node = SandboxNode.start(SandboxOptions.builder(dir.resolve("node")).port(0).free().retryAttempts(2)
                    .retryMaxDelay(Duration.ZERO).syncWait(Duration.ofSeconds(5)).build());
            client = CcnClient.builder().node(node.url()).readTimeout(Duration.ofMinutes(5))
                    .retryPolicy(RetryPolicy.DEFAULT.withDelays(Duration.ofMillis(10), Duration.ofMillis(200))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh engine on this node with its own data and cache directories. */
    Engine engine(String name) {
        return Engine.builder(client, "bench", dir.resolve(name).resolve("data"), dir.resolve(name).resolve("cache"))
                .runSettings(RunSettings.quick()).build();
    }

    static Message sign(KeyPairSigner signer, MessageType type, ObjectNode content) {
        return MessageDraft.inline(type, CHANNEL, content).sign(signer);
    }

    /** Posts every message (in parallel), then waits until the last one is processed. */
    void postAll(List<Message> messages) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Message m : messages) {
                done.add(pool.submit(() -> client.postMessage(m, false)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        MessageWaiter waiter = new MessageWaiter(client, Duration.ofMillis(20), Duration.ofMillis(500));
        for (int i = messages.size() - 1; i >= Math.max(0, messages.size() - 5); i--) {
            waiter.awaitProcessed(messages.get(i).itemHash(), Duration.ofMinutes(30), null);
        }
    }

    /** Seconds since the epoch, as a decimal with three fraction digits. */
    static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis, 3);
    }

    /** Resets the heap pools' peak usage; {@link #peakHeapMib()} then reports the peak since. */
    static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    static long peakHeapMib() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    @Override
    public void close() {
        client.close();
        node.close();
        if (!temporary) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
