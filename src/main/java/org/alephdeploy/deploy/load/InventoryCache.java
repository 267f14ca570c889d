package org.alephdeploy.deploy.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.deploy.inventory.ListedMessage;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageVerifier;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.InventoryCacheException;
import org.alephdeploy.deploy.inventory.InventoryCodec;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last inventory of each network and address on disk ({@code <dir>/<network>/<address>.json},
 * {@link InventoryCodec} form), so it can be shown offline with its age and refreshed
 * incrementally. A damaged file is ignored (and replaced by the next fetch).
 */
public final class InventoryCache {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryCache.class);

    private final Path dir;
    /** Item hashes already checked (and their signatures): a refresh re-saves thousands of unchanged messages. */
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

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
            inv.source().messages().forEach(m -> verified.add(m.itemHash() + "/" + m.message().signature()));
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
     * Writes the inventory. Messages that do not verify (e.g. a node's unsigned stand-in for the
     * runtime) are left out, since the cache would refuse them on reading; a refresh fetches them again.
     */
    public void save(Inventory inventory) throws IOException {
        Path file = file(inventory.network(), inventory.address());
        OwnerOnlyFiles.directory(file.getParent());
        OwnerOnlyFiles.writeAtomically(file, InventoryCodec.toJson(verifiable(inventory)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The snapshot without the messages that would not verify when the cache is read back (a
     * sandbox's unsigned stand-in runtime). Signature recovery dominates a cold save, so it runs
     * on every core and each message is checked once per process.
     */
    private NodeSnapshot verifiable(Inventory inventory) {
        NodeSnapshot s = inventory.source();
        List<ListedMessage> kept = s.messages().parallelStream().filter(m -> verifies(m.message())).toList();
        if (kept.size() == s.messages().size()) {
            return s;
        }
        return new NodeSnapshot(s.network(), s.address(), s.fetchedAt(), kept, s.forgotten(), s.statusChanges(),
                s.files(), s.authorizations());
    }

    private boolean verifies(Message m) {
        String key = m.itemHash() + "/" + m.signature();
        if (verified.contains(key)) {
            return true;
        }
        List<String> problems = new ArrayList<>();
        boolean ok = !Boolean.FALSE.equals(MessageVerifier.checkHash(m, problems))
                && !Boolean.FALSE.equals(MessageVerifier.checkSignature(m, problems));
        if (ok) {
            verified.add(key);
        }
        return ok;
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
