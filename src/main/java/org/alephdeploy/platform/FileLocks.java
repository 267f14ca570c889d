package org.alephdeploy.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * An OS file lock on one lock file: one holder at a time, across processes (another process, or
 * another channel in this one, is refused while it is held), released by the OS if the process
 * dies. The lock file itself stays; only the lock matters.
 */
public final class FileLocks implements AutoCloseable {
    private static final long POLL_MILLIS = 20;

    private final FileChannel channel;
    private final FileLock lock;

    private FileLocks(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code lockFile} (created with its directory if needed), or null when someone else holds it now. */
    public static FileLocks tryAcquire(Path lockFile) throws IOException {
        Path dir = lockFile.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel ch = OwnerOnlyFiles.isPosix()
                ? FileChannel.open(lockFile, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(lockFile, options);
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                return null;
            }
            return new FileLocks(ch, l);
        } catch (OverlappingFileLockException e) {
            ch.close();
            return null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * The lock on {@code lockFile}, waiting up to {@code patience} for the holder to let go (for
     * short critical sections such as rewriting a small file); null when it is still held then.
     */
    public static FileLocks acquire(Path lockFile, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FileLocks l = tryAcquire(lockFile);
            if (l != null || System.nanoTime() >= deadline) {
                return l;
            }
            // polled: FileChannel.lock() cannot time out, and within one JVM it throws rather than waits
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
