package org.alephdeploy.deploy.load;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.FileInfo;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageStatus;
import org.alephdeploy.message.MessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache write of a load against a sandbox: when the file presence check adds to the source
 * after the write started (the file of a forgotten revision that the cached source knew nothing
 * about), the cache file is still replaced once, and with the final source.
 */
class InventoryServiceCacheWriteTest {
    private SandboxWorld w;
    private InventoryCache cache;
    private InventoryService service;
    private final String a = KEY0.address();

    @BeforeEach
    void start() {
        w = SandboxWorld.start();
        cache = new InventoryCache(w.dir.resolve("cache"));
        service = new InventoryService(new InventoryLoader(w.client, "sandbox"), cache, addr -> List.of(), Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aLoadWhosePresenceCheckFindsFilesReplacesTheCacheOnceWithThoseFiles() throws Exception {
        Message root = w.store(KEY0, "once vol", null, "vol");
        Message revision = w.store(KEY0, "once vol v2, soon forgotten", root.itemHash(), null);
        NodeSnapshot first = service.refresh(a).source();
        // a cache from before the node listed the address's files: the revision's file is not in it
        cache.saveChecked(new NodeSnapshot(first.network(), first.address(), first.fetchedAt(), first.messages(),
                first.forgotten(), first.statusChanges(), Map.of(), first.authorizations()));
        InventoryService fromThatCache = new InventoryService(new InventoryLoader(w.client, "sandbox"),
                new InventoryCache(cache.directory()), addr -> List.of(), Duration.ofMinutes(10));
        w.publish(MessageDraft.inline(MessageType.FORGET, SandboxWorld.CHANNEL,
                ContentWriter.forget(a, w.seedTime(), List.of(revision.itemHash()), "test")).sign(KEY0));
        Path file = cache.file("sandbox", a);
        String forgottenFile = Signed.fileHash("once vol v2, soon forgotten");

        Inventory refreshed;
        int replacements;
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            refreshed = fromThatCache.refresh(a);
            replacements = creations(watcher, file.getFileName());
        }

        assertThat(refreshed.store(revision.itemHash())).map(StoreRevision::status).hasValue(MessageStatus.FORGOTTEN);
        FileInfo checked = refreshed.source().files().get(forgottenFile);
        assertThat(checked).as("the presence check's answer for the forgotten revision's file").isNotNull();
        assertThat(replacements).isEqualTo(1);
        Inventory onDisk = new InventoryService(new InventoryLoader(w.client, "sandbox"), new InventoryCache(cache.directory()),
                addr -> List.of(), Duration.ofMinutes(10)).cached(a).orElseThrow();
        assertThat(onDisk.source().files()).isEqualTo(refreshed.source().files()).containsEntry(forgottenFile, checked);
    }

    /** How many times {@code name} was created (a temporary file moved onto it) until no event came for a second. */
    private static int creations(WatchService watcher, Path name) throws InterruptedException, IOException {
        int count = 0;
        for (WatchKey key = watcher.poll(1, TimeUnit.SECONDS); key != null; key = watcher.poll(1, TimeUnit.SECONDS)) {
            for (WatchEvent<?> e : key.pollEvents()) {
                if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                    throw new IOException("file events were lost");
                }
                if (name.equals(e.context())) {
                    count += e.count();
                }
            }
            key.reset();
        }
        return count;
    }
}
