package org.alephdeploy.deploy.load;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.deploy.inventory.MessageChecks;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.InventoryCacheException;
import org.alephdeploy.deploy.inventory.InventoryCodec;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last inventory of each network and address on disk ({@code <dir>/<network>/<address>.json},
 * {@link InventoryCodec} form), so it can be shown offline with its age and refreshed
 * incrementally. A damaged file is ignored (and replaced by the next fetch).
 */
public final class InventoryCache {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryCache.class);

    private final Path dir;

    public InventoryCache(Path dir) {
        this.dir = dir;
    }

    public Optional<Inventory> load(String network, String address) {
        Path file = file(network, address);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Inventory inv = InventoryCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            if (!inv.address().equals(address) || !inv.network().equals(network)) {
                return Optional.empty();
            }
            return Optional.of(inv);
        } catch (IOException | InventoryCacheException e) {
            LOG.warn("ignoring the cached inventory {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes the inventory. Messages that do not verify are written with their problems, so they
     * are read back flagged; a message written as verifying that no longer does makes the reader
     * refuse the file (it was altered).
     */
    public void save(Inventory inventory) throws IOException {
        saveChecked(checked(inventory.source()));
    }

    /**
     * Writes the inventory whose {@link Inventory#source} is {@code source}, every message of which
     * has had its checks done already (the loader checks what it lists, this cache's reader what it
     * reads), so they are not done again.
     */
    public void saveChecked(NodeSnapshot source) throws IOException {
        Path file = file(source.network(), source.address());
        OwnerOnlyFiles.directory(file.getParent());
        OwnerOnlyFiles.writeAtomically(file, out -> InventoryCodec.write(source, out));
    }

    /**
     * As {@link #saveChecked}, but the file is replaced only if {@code keep} yields true once the
     * source is written to the temporary file; when it yields false the file is left as it was, and
     * the write stops at its next buffer as soon as {@code keep} has said so. Returns whether the
     * file was replaced.
     */
    boolean saveCheckedIf(NodeSnapshot source, CompletableFuture<Boolean> keep) throws IOException {
        Path file = file(source.network(), source.address());
        OwnerOnlyFiles.directory(file.getParent());
        try {
            OwnerOnlyFiles.writeAtomically(file, out -> {
                InventoryCodec.write(source, new UntilDropped(out, keep));
                if (!keep.join()) {
                    throw new Dropped();
                }
            });
            return true;
        } catch (Dropped e) {
            return false;
        }
    }

    /** Thrown through the temporary file's writer to abandon it (the file is deleted, the cache not replaced). */
    private static final class Dropped extends IOException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super("the write was dropped: its source was not final");
        }
    }

    /** Passes bytes on until {@code keep} has yielded false. */
    private static final class UntilDropped extends FilterOutputStream {
        private final CompletableFuture<Boolean> keep;

        UntilDropped(OutputStream out, CompletableFuture<Boolean> keep) {
            super(out);
            this.keep = keep;
        }

        @Override
        public void write(int b) throws IOException {
            stopIfDropped();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            stopIfDropped();
            out.write(b, off, len);
        }

        private void stopIfDropped() throws Dropped {
            if (!keep.getNow(true)) {
                throw new Dropped();
            }
        }
    }

    /**
     * The snapshot with every message's checks done (the loader checks what it lists; a snapshot
     * built otherwise is checked here). Signature recovery dominates a cold save, so it runs on
     * every core and each signature is recovered once per process ({@link MessageChecks}).
     */
    private static NodeSnapshot checked(NodeSnapshot s) {
        List<ListedMessage> all = s.messages().parallelStream().map(InventoryCache::checked).toList();
        return new NodeSnapshot(s.network(), s.address(), s.fetchedAt(), all, s.forgotten(), s.statusChanges(),
                s.files(), s.authorizations());
    }

    private static ListedMessage checked(ListedMessage lm) {
        return lm.verifies() ? MessageChecks.checked(lm) : lm;
    }

    /** The folder holding the cached inventories. */
    public Path directory() {
        return dir;
    }

    public Path file(String network, String address) {
        return dir.resolve(safe(network)).resolve(safe(address) + ".json");
    }

    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
