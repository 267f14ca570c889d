package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure one operation is run by one runner at a time, across processes: an OS file lock on
 * {@code <id>.lock} next to the journal, held while the operation runs and released by the OS if
 * the process dies.
 */
final class OperationLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OperationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OperationLock acquire(Path dir, String id) throws IOException {
        OperationLock l = tryAcquire(dir, id);
        if (l == null) {
            throw new OperationBusyException("Operation " + id + " is being run by another window or process right now. "
                    + "Wait until it stops, then look at it again with 'journal show " + id + "'.");
        }
        return l;
    }

    /** The lock, or null when someone else holds it. */
    static OperationLock tryAcquire(Path dir, String id) throws IOException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(id + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                return null;
            }
            return new OperationLock(ch, l);
        } catch (OverlappingFileLockException e) {
            ch.close();
            return null;
        }
    }

    /** True when a runner holds the operation now. */
    static boolean held(Path dir, String id) {
        try (OperationLock l = tryAcquire(dir, id)) {
            return l == null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
