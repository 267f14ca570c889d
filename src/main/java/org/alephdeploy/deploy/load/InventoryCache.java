package org.alephdeploy.deploy.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
