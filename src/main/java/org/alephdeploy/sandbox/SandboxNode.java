package org.alephdeploy.sandbox;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.sandbox.http.LocalRequests;
import org.alephdeploy.sandbox.http.NodeServices;
import org.alephdeploy.sandbox.http.Routes;
import org.alephdeploy.sandbox.rules.EnvelopeCheck;
import org.alephdeploy.sandbox.rules.MessagePipeline;
import org.alephdeploy.sandbox.rules.ProcessingEvents;
import org.alephdeploy.platform.FileLocks;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;
import org.alephdeploy.sandbox.vm.ComputeNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for an Aleph Core Channel Node: the reference node's HTTP API and rules over a
 * SQLite store and a file store in one data directory. Start with {@link #start}, stop with
 * {@link #close}; a node killed at any moment restarts with every processed message and file.
 */
public final class SandboxNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxNode.class);
    public static final String VERSION = "aleph-deploy-sandbox 0.1.0";

    private final SandboxOptions options;
    private final Database db;
    private final FileStore files;
    private final MessagePipeline pipeline;
    private final ProcessingLoop loop;
    private final Undertow server;
    private final ComputeNode vm;
    private final int port;
    private final FileLocks dirLock;

    private SandboxNode(SandboxOptions options, Database db, FileStore files, MessagePipeline pipeline,
            ProcessingLoop loop, Undertow server, ComputeNode vm, int port, FileLocks dirLock) {
        this.options = options;
        this.db = db;
        this.files = files;
        this.pipeline = pipeline;
        this.loop = loop;
        this.server = server;
        this.vm = vm;
        this.port = port;
        this.dirLock = dirLock;
    }

    /** The OS lock file that keeps a second sandbox off a data directory in use. */
    public static final String LOCK_FILE = "sandbox.lock";

    /** Another sandbox holds the data directory. */
    public static final class DataDirBusyException extends IOException {
        DataDirBusyException(String message) {
            super(message);
        }
    }

    /**
     * Opens (or creates) the data directory, seeds it, starts processing and the HTTP server.
     *
     * @throws DataDirBusyException when another sandbox (in this process or another) uses the directory
     */
    public static SandboxNode start(SandboxOptions options) throws IOException {
        Path dir = Files.createDirectories(options.dataDir());
        FileLocks dirLock = FileLocks.tryAcquire(dir.resolve(LOCK_FILE));
        if (dirLock == null) {
            throw new DataDirBusyException("Another sandbox (a window or a command) is using the data directory " + dir
                    + " right now, and two would corrupt it. Stop that one, or start this one on another data directory.");
        }
        Database db;
        FileStore files;
        try {
            db = Database.open(dir.resolve("sandbox.db"));
        } catch (SQLException e) {
            dirLock.close();
            throw new IOException("Cannot open the sandbox database in " + dir + ": " + e.getMessage()
                    + ". Check that the directory is writable.", e);
        }
        try {
            files = new FileStore(dir);
        } catch (IOException | RuntimeException e) {
            db.close();
            dirLock.close();
            throw e;
        }
        MessagePipeline pipeline = new MessagePipeline(db, files, options.strict(), options.balance(), options.retry(),
                options.clock());
        ProcessingLoop loop = new ProcessingLoop(pipeline);
        Undertow server = null;
        ComputeNode vm = null;
        try {
            BaseSeed.apply(db, files);
            loop.start();
            vm = new ComputeNode(db, files, dir.resolve("vm"), pipeline.events());
            HttpHandler root = new Routes(new NodeServices(db, files, pipeline, options.syncWait(), VERSION,
                    options.maxFileSize()), vm);
            root = Faults.wrap(root, options.faults());
            if (isLoopback(options.host())) {
                root = new LocalRequests(root);
            }
            server = Undertow.builder()
                    .addHttpListener(options.port(), options.host())
                    .setWorkerThreads(64)
                    .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 2L * 1024 * 1024 * 1024)
                    .setServerOption(UndertowOptions.MULTIPART_MAX_ENTITY_SIZE, 2L * 1024 * 1024 * 1024)
                    .setHandler(root)
                    .build();
            server.start();
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            SandboxNode node = new SandboxNode(options, db, files, pipeline, loop, server, vm, port, dirLock);
            if (options.seed() == Seed.DEMO) {
                DemoSeed.apply(node);
            }
            LOG.info("sandbox node on {} (data {})", node.url(), dir);
            return node;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            if (vm != null) {
                vm.close();
            }
            loop.close();
            db.close();
            dirLock.close();
            throw e;
        }
    }

    /** True for the loopback addresses and names a sandbox listens on by default. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.startsWith("127.");
    }

    /** {@code http://host:port}, no trailing slash. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /** The compute node side: programs run by {@code /vm/<hash>}. */
    public ComputeNode computeNode() {
        return vm;
    }

    public SandboxOptions options() {
        return options;
    }

    /**
     * Submits a signed message through the normal pipeline and waits for its final status (used by
     * seeds). Returns the status row; a message already known is returned as it is.
     */
    MessageRow submitAndWait(Message message, Duration timeout) {
        try {
            EnvelopeCheck.Checked checked = EnvelopeCheck.check(Json.parse(message.toWireJson()));
            var existing = db.tx(c -> Messages.get(c, message.itemHash()));
            if (existing.isPresent() && !existing.get().is(MessageRow.REJECTED) && !existing.get().is(MessageRow.PENDING)) {
                return existing.get();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                CompletableFuture<ProcessingEvents.Outcome> next = pipeline.events().next(message.itemHash());
                var row = db.tx(c -> Messages.get(c, message.itemHash()));
                if (row.isEmpty() || row.get().is(MessageRow.REJECTED)) {
                    pipeline.submit(checked, true);
                } else if (!row.get().is(MessageRow.PENDING)) {
                    pipeline.events().cancel(message.itemHash(), next);
                    return row.get();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("message " + message.itemHash() + " was not processed in " + timeout);
                }
                try {
                    ProcessingEvents.Outcome o = next.get(left, TimeUnit.NANOSECONDS);
                    if (o.kind() != ProcessingEvents.Kind.RETRY) {
                        return db.tx(c -> Messages.get(c, message.itemHash())).orElseThrow();
                    }
                } catch (TimeoutException e) {
                    pipeline.events().cancel(message.itemHash(), next);
                }
            }
        } catch (EnvelopeCheck.Invalid e) {
            throw new IllegalArgumentException("seed message " + message.itemHash() + " is invalid: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stores file bytes as an unauthenticated upload would (seeds). */
    String putFile(byte[] bytes) {
        try {
            FileStore.Stored s = files.put(bytes);
            double now = pipeline.now();
            db.tx(c -> {
                FileTable.upsertFile(c, s.sha256(), s.sha256(), s.size(), now);
                FileTable.addGracePin(c, s.sha256(), now, now + 24 * 3600);
                return null;
            });
            return s.sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the HTTP server and the processing thread, then closes the store. */
    @Override
    public void close() {
        server.stop();
        vm.close();
        loop.close();
        db.close();
        try {
            dirLock.close();
        } catch (IOException e) {
            LOG.warn("sandbox data directory lock: {}", e.getMessage());
        }
        LOG.info("sandbox node on port {} stopped", port);
    }
}
