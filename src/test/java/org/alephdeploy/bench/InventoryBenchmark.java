package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.BaseSeed;
import java.math.BigDecimal;
import java.util.concurrent.ExecutionException;

/**
 * Loads the inventory of an address that owns 2,000 PROGRAMs (1,500 originals, 500 amends) and
 * 5,000 STOREs (1,000 roots with 4 revisions each), among 20,000 messages of other addresses, from
 * an in-process sandbox over HTTP. {@code cold}: a full load with an empty cache per operation;
 * otherwise an incremental refresh of the cached inventory after one new revision (not timed).
 * System property {@code aleph.bench.scale} (default 1) scales the seeded counts. The seeded node
 * is kept under the temporary directory ({@code aleph-deploy-bench-inventory-<scale>}) and reused by
 * later runs, since the sandbox processes a few dozen messages per second over HTTP. Above scale 1
 * (or with {@code aleph.bench.seed=bulk}) a missing seed is written in bulk instead
 * ({@link #seedInBulk}, {@link BulkImport}): the same messages, signed with libsecp256k1 on every
 * core and processed by the sandbox's own pipeline in this JVM without HTTP and without the node's
 * signature recovery (seeding only: the inventory under test recovers every signature).
 */
final class InventoryBenchmark implements Benchmark {
    /** Messages signed and imported together by {@link #seedInBulk}. */
    private static final int BULK_BATCH = 5_000;
    private static final int STRANGERS = 4;

    private final boolean cold;
    private final double scale;
    private final int roots;
    private final int revisionsPerRoot = 4;
    private final int programs;
    private final int amends;
    private final int others;
    private long tick;
    private long t0;

    InventoryBenchmark(boolean cold) {
        this(cold, scale());
    }

    InventoryBenchmark(boolean cold, double scale) {
        this.cold = cold;
        this.scale = scale;
        roots = (int) Math.max(1, 1000 * scale);
        programs = (int) Math.max(1, 1500 * scale);
        amends = (int) Math.max(1, 500 * scale);
        others = (int) Math.max(1, 20_000 * scale);
    }

    /** {@code aleph.bench.scale}, default 1. */
    static double scale() {
        return Double.parseDouble(System.getProperty("aleph.bench.scale", "1"));
    }

    /** Where the seeded node of {@code scale} is kept. */
    static Path keptSeed(double scale) {
        return Path.of(System.getProperty("java.io.tmpdir"), "aleph-deploy-bench-inventory-" + scale);
    }

    /**
     * Whether a missing seed is written in bulk ({@link #seedInBulk}) rather than posted over HTTP:
     * {@code aleph.bench.seed=bulk|http}, by default bulk above scale 1.
     */
    boolean bulkSeeding() {
        String how = System.getProperty("aleph.bench.seed", scale > 1 ? "bulk" : "http");
        if (!how.equals("bulk") && !how.equals("http")) {
            throw new IllegalArgumentException("aleph.bench.seed must be bulk or http, not " + how);
        }
        return how.equals("bulk");
    }

    @Override
    public String name() {
        return cold ? "inventory-cold" : "inventory-incremental";
    }

    @Override
    public String description() {
        int owned = roots * (1 + revisionsPerRoot) + programs + amends;
        return (cold ? "full inventory load" : "incremental refresh") + " of " + owned + " owned messages among "
                + (owned + others) + " (in-process sandbox over HTTP)";
    }

    @Override
    public Figures run(Duration duration) {
        Path keep = keptSeed(scale);
        double bulkSeconds = seedInBulkIfMissing(keep);
        try (SandboxBench node = new SandboxBench(keep)) {
            long seedStart = System.nanoTime();
            List<Message> revisionTargets = seeded(node);
            double seedSeconds = bulkSeconds + (System.nanoTime() - seedStart) / 1e9;
            String address = SandboxBench.KEY.address();
            int count = 0;
            long timed = 0;
            int items = 0;
            Engine warm = node.engine("warm-" + System.nanoTime());
            warm.inventory(address, true);
            SandboxBench.resetPeakHeap();
            long deadline = System.nanoTime() + duration.toNanos();
            do {
                Engine engine = cold ? node.engine("cold-" + System.nanoTime()) : warm;
                if (!cold) {
                    node.postAll(List.of(revision(node, revisionTargets.get(count % revisionTargets.size()))));
                }
                long start = System.nanoTime();
                Inventory inv = engine.inventory(address, true);
                timed += System.nanoTime() - start;
                items = inv.source().messages().size();
                count++;
            } while (System.nanoTime() < deadline);
            String words = String.format(Locale.ROOT, "%s; %d messages in the inventory, peak heap %d MiB, %.1f ms per load; "
                    + "seeding took %.0f s", description(), items, SandboxBench.peakHeapMib(), timed / 1e6 / count, seedSeconds);
            return new Figures(name(), words, count, Duration.ofNanos(timed));
        }
    }

    private BigDecimal nextTime() {
        return SandboxBench.seconds(t0 + tick++);
    }

    /** The roots of the seeded node (to publish revisions of), seeding it first when no earlier run did (also RehearseCopyBenchmark). */
    List<Message> seeded(SandboxBench node) {
        Path marker = node.dir.resolve("seeded-roots.txt");
        try {
            if (Files.exists(marker)) {
                List<Message> roots = new ArrayList<>();
                for (String json : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                    roots.add(Message.parse(json));
                }
                return roots;
            }
            List<Message> roots = seed(node);
            Files.write(marker, roots.stream().map(Message::toWireJson).toList(), StandardCharsets.UTF_8);
            return roots;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When bulk seeding is chosen ({@link #bulkSeeding}) and {@code keep} holds no seed yet, seeds it
     * by {@link #seedInBulk} (the node must not be running on it); returns the seconds that took (0 when nothing was done).
     */
    double seedInBulkIfMissing(Path keep) {
        if (!bulkSeeding() || Files.exists(keep.resolve("seeded-roots.txt"))) {
            return 0;
        }
        long start = System.nanoTime();
        List<Message> roots = seedInBulk(keep);
        try {
            Files.write(keep.resolve("seeded-roots.txt"), roots.stream().map(Message::toWireJson).toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "bulk seeding of %s: %d messages in %.1f s%n", keep,
                roots.size() * (1 + revisionsPerRoot) + programs + amends + others, seconds);
        return seconds;
    }

    /**
     * The messages of {@link #seed}, with the same contents, times and order, written in bulk into
     * {@code dir}/node by {@link BulkImport} instead of posted over HTTP (a direct path for seeding
     * only: the inventory under test verifies every message anyway). Returns the roots.
     */
    List<Message> seedInBulk(Path dir) {
        t0 = System.currentTimeMillis() - 3_600_000L;
        MessageSigner a = new NativeSigner(SandboxBench.KEY_HEX);
        List<Message> rootMessages = new ArrayList<>();
        try (BulkImport bulk = BulkImport.open(BenchFiles.createDirectories(dir).resolve("node"))) {
            for (int v = 0; v <= revisionsPerRoot; v++) {
                for (int start = 0; start < roots; start += BULK_BATCH) {
                    int first = start;
                    int n = Math.min(BULK_BATCH, roots - start);
                    String suffix = v == 0 ? "" : " v" + v;
                    List<byte[]> bytes = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        bytes.add(("root " + (first + i) + suffix).getBytes(StandardCharsets.UTF_8));
                    }
                    bulk.files(bytes);
                    boolean root = v == 0;
                    List<Message> signed = bulk.signAndImport(n, i -> a, MessageType.STORE, i -> storeContent(a, bytes.get(i),
                            root ? null : rootMessages.get(first + i).itemHash()));
                    if (root) {
                        rootMessages.addAll(signed);
                    }
                }
            }
            List<String> originals = new ArrayList<>(programs);
            for (int start = 0; start < programs; start += BULK_BATCH) {
                int first = start;
                for (Message m : bulk.signAndImport(Math.min(BULK_BATCH, programs - start), i -> a, MessageType.PROGRAM,
                        i -> program(a.address(), rootMessages.get((first + i) % roots).itemHash(), null, first + i))) {
                    originals.add(m.itemHash());
                }
            }
            for (int start = 0; start < amends; start += BULK_BATCH) {
                int first = start;
                bulk.signAndImport(Math.min(BULK_BATCH, amends - start), i -> a, MessageType.PROGRAM,
                        i -> program(a.address(), rootMessages.get((first + i) % roots).itemHash(),
                                originals.get((first + i) % originals.size()), programs + first + i));
            }
            MessageSigner[] strangers = new MessageSigner[STRANGERS];
            for (int k = 0; k < STRANGERS; k++) {
                strangers[k] = new NativeSigner(strangerKeyHex(k));
            }
            for (int start = 0; start < others; start += BULK_BATCH) {
                int first = start;
                bulk.signAndImport(Math.min(BULK_BATCH, others - start), i -> strangers[(first + i) % strangers.length],
                        MessageType.POST, i -> {
                            MessageSigner s = strangers[(first + i) % strangers.length];
                            return ContentWriter.post(s.address(), nextTime(), "bench", Json.object().put("n", first + i), null);
                        });
            }
        }
        return rootMessages;
    }

    private static KeyPairSigner[] strangers() {
        KeyPairSigner[] strangers = new KeyPairSigner[STRANGERS];
        for (int k = 0; k < strangers.length; k++) {
            strangers[k] = KeyPairSigner.fromHex(strangerKeyHex(k));
        }
        return strangers;
    }

    private static String strangerKeyHex(int k) {
        return ItemHashes.sha256Hex(("bench stranger " + k).getBytes(StandardCharsets.UTF_8));
    }

    /** Seeds the node; returns the roots (to publish revisions of). */
    private List<Message> seed(SandboxBench node) {
        t0 = System.currentTimeMillis() - 3_600_000L;
        KeyPairSigner a = SandboxBench.KEY;
        Path files = node.dir.resolve("seed-files");
        List<Message> rootMessages = new ArrayList<>();
        List<Message> stores = new ArrayList<>();
        List<Path> storeFiles = new ArrayList<>();
        try {
            Files.createDirectories(files);
            for (int r = 0; r < roots; r++) {
                Message root = store(a, files, storeFiles, "root " + r, null);
                rootMessages.add(root);
                stores.add(root);
            }
            for (int v = 1; v <= revisionsPerRoot; v++) {
                for (int r = 0; r < roots; r++) {
                    stores.add(store(a, files, storeFiles, "root " + r + " v" + v, rootMessages.get(r).itemHash()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        upload(node, stores, storeFiles);
        List<Message> rest = new ArrayList<>();
        List<Message> originals = new ArrayList<>();
        for (int i = 0; i < programs; i++) {
            Message p = SandboxBench.sign(a, MessageType.PROGRAM, program(a.address(), rootMessages.get(i % roots).itemHash(), null, i));
            originals.add(p);
            rest.add(p);
        }
        for (int i = 0; i < amends; i++) {
            rest.add(SandboxBench.sign(a, MessageType.PROGRAM, program(a.address(), rootMessages.get(i % roots).itemHash(),
                    originals.get(i % originals.size()).itemHash(), programs + i)));
        }
        KeyPairSigner[] strangers = strangers();
        for (int i = 0; i < others; i++) {
            KeyPairSigner s = strangers[i % strangers.length];
            rest.add(SandboxBench.sign(s, MessageType.POST, ContentWriter.post(s.address(), nextTime(), "bench",
                    Json.object().put("n", i), null)));
        }
        node.postAll(rest);
        return rootMessages;
    }

    private Message store(KeyPairSigner a, Path dir, List<Path> files, String text, String ref) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path f = dir.resolve(ItemHashes.sha256Hex(bytes));
        Files.write(f, bytes);
        files.add(f);
        return SandboxBench.sign(a, MessageType.STORE, storeContent(a, bytes, ref));
    }

    private ObjectNode storeContent(MessageSigner a, byte[] bytes, String ref) {
        return ContentWriter.store(a.address(), nextTime(), ItemType.STORAGE, ItemHashes.sha256Hex(bytes), ref, null,
                new Payment("ETH", null, Payment.HOLD));
    }

    private static void upload(SandboxBench node, List<Message> stores, List<Path> files) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < stores.size(); i++) {
                Message m = stores.get(i);
                Path f = files.get(i);
                done.add(pool.submit(() -> node.client.addFile(f, m, false, null, null)));
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
        node.postAll(stores.subList(stores.size() - 1, stores.size()));
    }

    private ObjectNode program(String owner, String codeRef, String replaces, int i) {
        ObjectNode c = Json.object();
        c.put("address", owner);
        c.put("time", nextTime());
        c.put("allow_amend", true);
        c.putObject("metadata").put("name", "bench-" + i);
        c.putArray("authorized_keys");
        c.putObject("variables");
        c.putObject("resources").put("vcpus", 1).put("memory", 128).put("seconds", 30);
        c.set("payment", new Payment("ETH", null, Payment.HOLD).toJson());
        c.putArray("volumes");
        if (replaces != null) {
            c.put("replaces", replaces);
        }
        c.putObject("code").put("encoding", "zip").put("entrypoint", "main:app").put("ref", codeRef).put("use_latest", true);
        c.putObject("runtime").put("ref", BaseSeed.RUNTIME_HASH).put("use_latest", true).put("comment", "runtime");
        c.putObject("on").put("http", true);
        return ContentWriter.canonicalProgram(c);
    }

    private Message revision(SandboxBench node, Message root) {
        byte[] bytes = ("bench revision " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        try {
            Path f = Files.write(node.dir.resolve("rev-" + ItemHashes.sha256Hex(bytes)), bytes);
            Message m = SandboxBench.sign(SandboxBench.KEY, MessageType.STORE, ContentWriter.store(SandboxBench.KEY.address(),
                    SandboxBench.seconds(System.currentTimeMillis()), ItemType.STORAGE, ItemHashes.sha256Hex(bytes), root.itemHash(),
                    null, new Payment("ETH", null, Payment.HOLD)));
            node.client.addFile(f, m, false, null, null);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
