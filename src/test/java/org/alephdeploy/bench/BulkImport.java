package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.rules.EnvelopeCheck;
import org.alephdeploy.sandbox.rules.MessagePipeline;
import org.alephdeploy.sandbox.store.Database;
import org.alephdeploy.sandbox.store.FileStore;
import org.alephdeploy.sandbox.store.FileTable;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;

/**
 * Seeds a sandbox data directory without HTTP, for benchmarks only: messages are signed on every
 * core (libsecp256k1, {@link NativeSigner}), then handed in order to the sandbox's own pipeline in
 * this JVM ({@link MessagePipeline#submit} without the signature check, then
 * {@link MessagePipeline#processNext}), on one thread while the next batch is signed. Every message
 * goes through the node's processing (item hash, schema, permissions, related files, dependencies,
 * the free balance mode) except the signature recovery: a path for SEEDING only, since the
 * inventory under test recovers every signature itself and refuses a wrong one. The
 * STOREs' files are written straight into the node's file store ({@code files/<sha256>}, no fsync)
 * with their {@code files} rows; the node's own upload path (spool, fsync, rename) is skipped.
 * The node must not be running on the directory; a node is started and stopped once first so that
 * the schema and the base seed (runtime, pricing) are there.
 */
final class BulkImport implements AutoCloseable {
    private final Database db;
    private final FileStore files;
    private final MessagePipeline pipeline;
    private final ExecutorService importer = Executors.newSingleThreadExecutor();
    private Future<?> previous;
    private long imported;
    private final long started = System.nanoTime();

    private BulkImport(Database db, FileStore files, MessagePipeline pipeline) {
        this.db = db;
        this.files = files;
        this.pipeline = pipeline;
    }

    /** Opens {@code nodeDir} (the sandbox data directory) for bulk import, creating the schema and base seed first. */
    static BulkImport open(Path nodeDir) {
        SandboxOptions options = SandboxOptions.builder(nodeDir).port(0).free().build();
        try {
            SandboxNode.start(options).close();
            Database db = Database.open(nodeDir.resolve("sandbox.db"));
            FileStore files = new FileStore(nodeDir);
            return new BulkImport(db, files, new MessagePipeline(db, files, options.strict(), options.balance(),
                    options.retry(), options.clock()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the sandbox database in " + nodeDir + ": " + e.getMessage(), e);
        }
    }

    /** Stores the bytes of files (by sha256) with their rows, in one transaction. */
    void files(List<byte[]> contents) {
        List<String> hashes = new ArrayList<>();
        try {
            for (byte[] bytes : contents) {
                String sha = ItemHashes.sha256Hex(bytes);
                Path target = files.path(sha);
                if (!Files.exists(target)) {
                    Files.write(target, bytes);
                }
                hashes.add(sha);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double now = pipeline.now();
        db.tx(c -> {
            for (int i = 0; i < hashes.size(); i++) {
                FileTable.upsertFile(c, hashes.get(i), hashes.get(i), contents.get(i).length, now);
            }
            return null;
        });
    }

    /**
     * Signs {@code count} messages ({@code content(i)}, built here in index order) on every core and
     * queues their import after the batches before; returns the signed messages.
     */
    List<Message> signAndImport(int count, IntFunction<MessageSigner> signer, MessageType type, IntFunction<ObjectNode> content) {
        List<ObjectNode> contents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            contents.add(content.apply(i));
        }
        List<Message> signed = IntStream.range(0, count).parallel()
                .mapToObj(i -> MessageDraft.inline(type, SandboxBench.CHANNEL, contents.get(i)).sign(signer.apply(i))).toList();
        awaitPrevious();
        System.err.printf(Locale.ROOT, "bulk seeding: %d imported after %.1f s%n", imported,
                (System.nanoTime() - started) / 1e9);
        previous = importer.submit(() -> {
            for (Message m : signed) {
                importOne(m);
            }
            return null;
        });
        return signed;
    }

    private void importOne(Message m) {
        EnvelopeCheck.Checked checked;
        try {
            checked = EnvelopeCheck.check(Json.parse(m.toWireJson()));
        } catch (EnvelopeCheck.Invalid e) {
            throw new IllegalStateException("the seed built an invalid envelope: " + e.getMessage(), e);
        }
        pipeline.submit(checked, false);
        while (pipeline.processNext()) {
            // the queue holds this message only (its dependencies were processed before)
        }
        MessageRow row = db.tx(c -> Messages.get(c, m.itemHash())).orElseThrow();
        if (!row.is(MessageRow.PROCESSED)) {
            throw new IllegalStateException("the sandbox did not process seeded message " + m.itemHash() + ": "
                    + row.status() + " " + row.errorCode() + " " + row.details());
        }
        imported++;
    }

    private void awaitPrevious() {
        if (previous == null) {
            return;
        }
        try {
            previous.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** How many messages were imported (after {@link #close}: all). */
    long imported() {
        return imported;
    }

    /** Waits for the last batch, then closes the database. */
    @Override
    public void close() {
        try {
            awaitPrevious();
        } finally {
            importer.shutdown();
            db.close();
        }
    }
}
