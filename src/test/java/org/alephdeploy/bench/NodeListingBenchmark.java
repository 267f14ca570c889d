package org.alephdeploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.MessageFilter;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.sandbox.SandboxNode;

/**
 * How long {@link CcnClient#listAll} takes to list every PROGRAM and STORE of one address that
 * has {@code programs} PROGRAMs and {@code stores} STOREs on a sandbox node that also holds
 * {@code others} messages of other senders (POSTs, STOREs and PROGRAMs).
 *
 * <p>Seeding is timed apart from listing. The seeded node is cached in
 * {@code <bench data>/node-listing-<CACHE_VERSION>-p<programs>-s<stores>-o<others>/}: a later run
 * that finds the directory complete (its {@code seeded} marker present and the node listing the
 * expected counts) skips seeding; change {@link #CACHE_VERSION} when the seeded messages change,
 * and delete the directory to force a re-seed. Seeding goes through HTTP like any client (no bulk
 * path: every message is signed and judged by the node's rules): signed messages posted
 * {@code sync: true} by a few threads, STOREs first (programs point at them), then the rest.
 */
public final class NodeListingBenchmark implements Benchmark {
    public static final String NAME = "node-listing";
    public static final String CACHE_VERSION = "v1";
    private static final long ORIGIN = 1_767_200_000L;
    private static final int OTHER_SENDERS = 8;
    private static final int POSTERS = 4;
    private static final int TIMED_RUNS = 5;

    private final int programs;
    private final int stores;
    private final int others;
    private final Path parent;

    public NodeListingBenchmark(int programs, int stores, int others, Path parent) {
        if (programs < 1 || stores < 1 || others < 0) {
            throw new IllegalArgumentException("programs and stores must be >= 1, others >= 0");
        }
        this.programs = programs;
        this.stores = stores;
        this.others = others;
        this.parent = parent;
    }

    static NodeListingBenchmark standard(BenchSettings settings) {
        return new NodeListingBenchmark(2000, 5000, 20_000, settings.dataDir());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "listAll(owners=address, msgTypes=PROGRAM,STORE) of " + programs + " PROGRAMs + " + stores
                + " STOREs among " + others + " other messages; ops = messages listed";
    }

    /** The seeded node's directory (kept between runs). */
    public Path cacheDir() {
        return parent.resolve("node-listing-" + CACHE_VERSION + "-p" + programs + "-s" + stores + "-o" + others);
    }

    /** Fixed work: {@code duration} is not used. */
    @Override
    public Figures run(Duration duration) {
        Path dir = cacheDir();
        Path marker = dir.resolve("seeded");
        KeyPairSigner owner = BenchMessages.signer(9000);
        Map<String, Object> details = new LinkedHashMap<>();
        boolean cached = Files.exists(marker);
        if (cached) {
            try (BenchNode node = BenchNode.start(dir.resolve("node"))) {
                cached = countOf(node.client(), owner.address()) == programs + stores;
            }
        }
        if (!cached) {
            BenchFiles.deleteTree(dir);
            long seedStart = System.nanoTime();
            long seeded;
            try (BenchNode node = BenchNode.start(dir.resolve("node"))) {
                seeded = seed(node, owner, dir);
            }
            Duration seedTime = Duration.ofNanos(System.nanoTime() - seedStart);
            writeMarker(marker);
            details.put("seeding", "seeded now over HTTP (sync: true, " + POSTERS + " threads), " + seeded + " messages");
            details.put("seed_seconds", seconds(seedTime));
            details.put("seed_messages_per_second", Math.round(seeded * 1e9 / Math.max(1, seedTime.toNanos()) * 10) / 10.0);
        } else {
            details.put("seeding", "skipped: reused " + dir);
            details.put("seed_seconds", 0.0);
        }

        try (BenchNode node = BenchNode.start(dir.resolve("node"))) {
            CcnClient client = node.client();
            MessageFilter filter = filter(owner.address());
            long first = System.nanoTime();
            List<Message> listed = client.listAll(filter);
            Duration firstTime = Duration.ofNanos(System.nanoTime() - first);
            check(listed, owner.address());
            long[] runs = new long[TIMED_RUNS];
            for (int i = 0; i < TIMED_RUNS; i++) {
                long t = System.nanoTime();
                check(client.listAll(filter), owner.address());
                runs[i] = System.nanoTime() - t;
            }
            Arrays.sort(runs);
            Duration median = Duration.ofNanos(runs[TIMED_RUNS / 2]);
            details.put("first_list_seconds", seconds(firstTime));
            details.put("median_list_seconds", seconds(median));
            details.put("best_list_seconds", seconds(Duration.ofNanos(runs[0])));
            details.put("timed_runs", (long) TIMED_RUNS);
            details.put("node_messages", (long) (programs + stores + others));
            return new Figures(NAME, description(), listed.size(), median, details);
        }
    }

    static MessageFilter filter(String owner) {
        return MessageFilter.builder().owners(owner).msgTypes(MessageType.PROGRAM, MessageType.STORE).build();
    }

    private void check(List<Message> listed, String owner) {
        Set<String> hashes = new HashSet<>();
        for (Message m : listed) {
            if (!m.owner().equals(owner) || !(m.type() == MessageType.PROGRAM || m.type() == MessageType.STORE)) {
                throw new IllegalStateException("the listing returned " + m.typeName() + " " + m.itemHash() + " of " + m.owner());
            }
            hashes.add(m.itemHash());
        }
        if (listed.size() != programs + stores || hashes.size() != listed.size()) {
            throw new IllegalStateException("the listing returned " + listed.size() + " messages (" + hashes.size()
                    + " distinct), expected " + (programs + stores));
        }
    }

    private static long countOf(CcnClient client, String owner) {
        Long total = client.messages(filter(owner), 1, 1).total();
        return total == null ? -1 : total;
    }

    /** Builds and posts every message; returns how many were posted (files not counted). */
    private long seed(BenchNode node, KeyPairSigner owner, Path scratch) {
        String[] files = new String[4];
        for (int k = 0; k < files.length; k++) {
            files[k] = node.uploadSmallFile(scratch, "node-listing bench file " + k + "\n");
        }
        List<KeyPairSigner> senders = new ArrayList<>();
        for (int k = 0; k < OTHER_SENDERS; k++) {
            senders.add(BenchMessages.signer(9100 + k));
        }
        BenchMessages make = new BenchMessages(ORIGIN);
        List<Message> storesFirst = new ArrayList<>();
        List<Message> rest = new ArrayList<>();
        List<String> ownerStores = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            Message m = make.store(owner, files[i % files.length], null, "volume " + i);
            ownerStores.add(m.itemHash());
            storesFirst.add(m);
        }
        // others: 40 % STOREs, 20 % PROGRAMs on their own STOREs, 40 % POSTs
        int otherStores = others * 2 / 5;
        int otherPrograms = others / 5;
        int otherPosts = others - otherStores - otherPrograms;
        List<Message> othersStores = new ArrayList<>();
        for (int i = 0; i < otherStores; i++) {
            othersStores.add(make.store(senders.get(i % OTHER_SENDERS), files[i % files.length], null, "other volume " + i));
        }
        storesFirst.addAll(othersStores);
        for (int i = 0; i < programs; i++) {
            rest.add(make.program(owner, ownerStores.get(i % ownerStores.size()), "program-" + i));
        }
        for (int i = 0; i < otherPrograms && !othersStores.isEmpty(); i++) {
            Message code = othersStores.get(i % othersStores.size());
            KeyPairSigner s = senders.stream().filter(k -> k.address().equals(code.sender())).findFirst().orElseThrow();
            rest.add(make.program(s, code.itemHash(), "other-program-" + i));
        }
        for (int i = 0; i < otherPosts; i++) {
            rest.add(make.post(senders.get(i % OTHER_SENDERS), i));
        }
        if (otherPrograms > 0 && othersStores.isEmpty()) {
            throw new IllegalStateException("other senders' programs need other senders' stores");
        }
        SeedPoster poster = new SeedPoster(node.client(), POSTERS);
        poster.post(storesFirst, node);
        poster.post(rest, node);
        return storesFirst.size() + rest.size();
    }

    private static void writeMarker(Path marker) {
        try {
            Files.writeString(marker, CACHE_VERSION + " " + SandboxNode.VERSION + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    private static double seconds(Duration d) {
        return Math.round(d.toNanos() / 1e6) / 1e3;
    }
}
