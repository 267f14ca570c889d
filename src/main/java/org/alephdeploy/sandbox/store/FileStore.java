package org.alephdeploy.sandbox.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.alephdeploy.message.ItemHashes;
import java.io.ByteArrayInputStream;

/**
 * File bytes by SHA-256 under {@code <data>/files/<sha256>}. Bytes are streamed to a temporary file,
 * synced, then renamed into place, so a file either exists whole under its hash or not at all.
 */
public final class FileStore {
    private final Path files;
    private final Path tmp;

    public FileStore(Path dataDir) throws IOException {
        this.files = Files.createDirectories(dataDir.resolve("files"));
        this.tmp = Files.createDirectories(dataDir.resolve("tmp"));
        try (var stale = Files.list(tmp)) {
            for (Path p : (Iterable<Path>) stale::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Where uploads are spooled before they are hashed and kept. */
    public Path tmpDir() {
        return tmp;
    }

    /** A stored file's bytes and size. */
    public record Stored(String sha256, long size) {
    }

    /** Streams {@code in} into a temporary file while hashing it (the caller keeps or discards it). */
    public Spooled spool(InputStream in, long maxBytes) throws IOException {
        Path t = Files.createTempFile(tmp, "up-", ".part");
        MessageDigest digest = ItemHashes.sha256();
        long size = 0;
        try (InputStream din = new DigestInputStream(in, digest);
                OutputStream out = Files.newOutputStream(t, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = din.read(buf)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes, size);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(t);
            throw e;
        }
        return new Spooled(t, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Hashes a file someone else spooled (e.g. the multipart parser) into a {@link Spooled}. */
    public Spooled adopt(Path file) throws IOException {
        MessageDigest digest = ItemHashes.sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
                size += n;
            }
        }
        return new Spooled(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** A temporary file with its hash; {@link #keep} moves it into the store. */
    public record Spooled(Path path, String sha256, long size) {
    }

    /** Moves a spooled file into place under its hash (durably), or drops it if already there. */
    public Stored keep(Spooled s) throws IOException {
        Path target = files.resolve(s.sha256());
        if (Files.exists(target)) {
            Files.deleteIfExists(s.path());
            return new Stored(s.sha256(), s.size());
        }
        try (FileChannel ch = FileChannel.open(s.path(), StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(s.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(s.path(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory();
        return new Stored(s.sha256(), s.size());
    }

    public Stored put(byte[] bytes) throws IOException {
        return keep(spool(new ByteArrayInputStream(bytes), Long.MAX_VALUE));
    }

    public void discard(Spooled s) {
        try {
            Files.deleteIfExists(s.path());
        } catch (IOException ignored) {
            // a leftover temp file is removed at the next start
        }
    }

    public boolean has(String sha256) {
        return ItemHashes.isSha256Hex(sha256) && Files.isRegularFile(files.resolve(sha256));
    }

    public Path path(String sha256) {
        if (!ItemHashes.isSha256Hex(sha256)) {
            throw new IllegalArgumentException("not a sha256 hash");
        }
        return files.resolve(sha256);
    }

    public byte[] read(String sha256) throws IOException {
        return Files.readAllBytes(path(sha256));
    }

    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(files, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // not every platform can sync a directory; the rename itself is atomic
        }
    }

    /** The stream was longer than allowed. */
    public static final class TooLargeException extends IOException {
        private final long max;
        private final long actual;

        public TooLargeException(long max, long actual) {
            super("Maximum request body size " + max + " exceeded, actual body size " + actual);
            this.max = max;
            this.actual = actual;
        }

        public long max() {
            return max;
        }

        public long actual() {
            return actual;
        }
    }
}
