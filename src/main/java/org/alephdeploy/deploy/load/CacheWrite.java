package org.alephdeploy.deploy.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.alephdeploy.deploy.inventory.NodeSnapshot;

/**
 * One write of an inventory's source to the {@link InventoryCache}, on a thread of its own, started
 * before the load knows whether that source is final (the inventory is still being built). The
 * file is replaced only after {@link #keep}; after {@link #drop} it is left as it was and the write
 * stops early. So a load whose source grows after the write started (files the presence check
 * found) replaces the cache file once, with its final source, instead of twice.
 */
final class CacheWrite {
    private final CompletableFuture<Boolean> verdict = new CompletableFuture<>();
    private final CompletableFuture<Void> done;

    private CacheWrite(InventoryCache cache, NodeSnapshot source) {
        done = CompletableFuture.runAsync(() -> write(cache, source), CacheWrite::writerThread);
    }

    /** Starts writing {@code source}, every message of which has had its checks done already. */
    static CacheWrite start(InventoryCache cache, NodeSnapshot source) {
        return new CacheWrite(cache, source);
    }

    /** The source is final: replace the cache file once it is written. The first verdict counts. */
    void keep() {
        verdict.complete(true);
    }

    /** The source is not final: leave the cache file as it was. No effect after {@link #keep}. */
    void drop() {
        verdict.complete(false);
    }

    /** Waits until the write is done (a dropped one, until it stopped); a failed write throws what it failed with. */
    void join() {
        try {
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Waits until the write is done or stopped, ignoring its failure (the caller is failing already). */
    void joinQuietly() {
        done.exceptionally(ignored -> null).join();
    }

    private void write(InventoryCache cache, NodeSnapshot source) {
        try {
            cache.saveCheckedIf(source, verdict);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the inventory cache " + cache.file(source.network(), source.address())
                    + ": " + e.getMessage(), e);
        }
    }

    private static void writerThread(Runnable write) {
        Thread t = new Thread(write, "inventory-cache-write");
        t.setDaemon(true);
        t.start();
    }
}
