package org.alephdeploy.deploy.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.alephdeploy.deploy.inventory.Authorizations;
import org.alephdeploy.deploy.inventory.BootChecks;
import org.alephdeploy.deploy.inventory.FileInfo;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.message.ArchiveMagic;

/**
 * Loads inventories through an {@link InventoryLoader} and keeps the last one of each address in an
 * {@link InventoryCache}: a refresh fetches only what changed since the cached one and merges it.
 * Thread-safe: loads of the same address are serialised.
 */
public final class InventoryService {
    /** How many forgotten revisions' files are checked for presence per load (a rollback needs them). */
    private static final int FILE_CHECKS = 20;
    /** How many files' first bytes are read per load for the boot checks (the rest on the next loads). */
    private static final int KIND_READS = 100;
    /** The file kind cache's name, next to the inventories. */
    public static final String FILE_KINDS = "file-kinds.txt";

    private final InventoryLoader loader;
    private final InventoryCache cache;
    private final FileKindCache kinds;
    private final Function<String, Collection<String>> tracked;
    private final Duration margin;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** The last inventory of each address this service loaded or read: a refresh need not re-read and re-verify the file. */
    private final Map<String, Inventory> last = new ConcurrentHashMap<>();

    /**
     * @param tracked hashes of messages this app sent for an address (their statuses are re-checked)
     * @param margin  how far before the last fetch time a refresh starts looking
     */
    public InventoryService(InventoryLoader loader, InventoryCache cache, Function<String, Collection<String>> tracked,
            Duration margin) {
        this(loader, cache, new FileKindCache(cache.directory().resolve(FILE_KINDS)), tracked, margin);
    }

    /** @param kinds what the files read so far are (kept forever: files are content-addressed) */
    public InventoryService(InventoryLoader loader, InventoryCache cache, FileKindCache kinds,
            Function<String, Collection<String>> tracked, Duration margin) {
        this.loader = loader;
        this.cache = cache;
        this.kinds = kinds;
        this.tracked = tracked;
        this.margin = margin;
    }

    /** The cached inventory, without touching the node (offline view; see {@link Inventory#age}). */
    public Optional<Inventory> cached(String address) {
        Inventory inMemory = last.get(address);
        if (inMemory != null) {
            return Optional.of(inMemory);
        }
        Optional<Inventory> fromFile = cache.load(loader.network(), address).map(i -> i.withFileKinds(kinds.known()));
        fromFile.ifPresent(i -> last.put(address, i));
        return fromFile;
    }

    /** Everything fetched again from the node, replacing the cache. */
    public Inventory full(String address) {
        synchronized (lock(address)) {
            return checkFiles(loader.full(address, tracked.apply(address)), null);
        }
    }

    /** The cached inventory merged with what changed since; a full fetch when nothing is cached. */
    public Inventory refresh(String address) {
        synchronized (lock(address)) {
            Optional<Inventory> previous = cached(address);
            if (previous.isEmpty()) {
                return checkFiles(loader.full(address, tracked.apply(address)), null);
            }
            NodeSnapshot delta = loader.delta(previous.get(), tracked.apply(address), margin);
            return checkFiles(delta, previous.get());
        }
    }

    /** The cached inventory when there is one, else a full fetch. */
    public Inventory cachedOrFetch(String address) {
        return cached(address).orElseGet(() -> full(address));
    }

    /**
     * Builds the inventory, checks file presence and reads file kinds, while its source is written
     * to the cache on a thread of its own (the cache holds the source only, not the built
     * inventory); returns once both are done. When the presence check adds files to the source,
     * that write is dropped before it replaces the file and the final source is written instead:
     * the cache file is replaced once per load.
     */
    private Inventory checkFiles(NodeSnapshot snapshot, Inventory previous) {
        NodeSnapshot source = Inventory.sourceOf(previous, snapshot);
        CacheWrite write = CacheWrite.start(cache, source);
        Inventory inv;
        try {
            inv = Inventory.fromSource(source, previous);
            Map<String, FileInfo> presence = loader.filePresence(inv, FILE_CHECKS);
            if (!presence.isEmpty()) {
                inv = Inventory.merge(inv, new NodeSnapshot(inv.network(), inv.address(), inv.fetchedAt(), List.of(),
                        List.of(), List.of(), presence, Authorizations.none()));
                write.drop();
                write.joinQuietly();
                write = CacheWrite.start(cache, inv.source());
            }
            write.keep();
            inv = readFileKinds(inv);
        } catch (RuntimeException e) {
            write.drop();
            write.joinQuietly();
            throw e;
        }
        last.put(inv.address(), inv);
        write.join();
        return inv;
    }

    /** Adds the known file kinds, then reads the first bytes of the files the boot checks still lack. */
    private Inventory readFileKinds(Inventory inv) {
        Inventory known = inv.withFileKinds(kinds.known());
        List<String> toRead = BootChecks.filesToRead(known).stream().limit(KIND_READS).toList();
        Map<String, ArchiveMagic> read = loader.fileKinds(toRead);
        try {
            kinds.putAll(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the file kind cache " + kinds.file() + ": " + e.getMessage(), e);
        }
        return known.withFileKinds(read);
    }

    private Object lock(String address) {
        return locks.computeIfAbsent(address, a -> new Object());
    }

    public InventoryLoader loader() {
        return loader;
    }

    /** The age of the cached inventory at {@code now}, if one is cached. */
    public Optional<Duration> cacheAge(String address, BigDecimal now) {
        return cached(address).map(i -> i.age(now));
    }
}
