package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.platform.FileLocks;

/**
 * One operation at a time per (network, owner, target), across windows and processes: an OS lock on
 * {@code locks/<sha256 of the three>.lock} under the journal, held from before an operation is
 * journaled (or resumed) until its run ends. Two runs on the same program at once could sign
 * conflicting amends or forget what the other just published.
 */
final class TargetLock {
    private TargetLock() {
    }

    static Path file(Path journalDir, String network, String address, String target) {
        String key = network + "\n" + address.toLowerCase(Locale.ROOT) + "\n" + target;
        String name = HexFormat.of().formatHex(ItemHashes.sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
        return journalDir.resolve("locks").resolve(name + ".lock");
    }

    /**
     * The lock for {@code target}, or a held-by-nobody stand-in when the intent has no target (a new
     * volume: nothing existing to collide on).
     *
     * @throws OperationBusyException when another runner holds it now
     */
    static Held acquire(Path journalDir, String network, String address, String target) throws IOException {
        if (target == null) {
            return () -> { };
        }
        FileLocks l = FileLocks.tryAcquire(file(journalDir, network, address, target));
        if (l == null) {
            throw new OperationBusyException("Another window or process is running an operation on " + target
                    + " for " + address + " right now, so this one did not start: two at once could sign conflicting "
                    + "messages. Wait until it ends (see 'journal list'), then plan again.");
        }
        return l::close;
    }

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws IOException;
    }
}
