package org.alephdeploy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock file held by another process (or another channel of this one) is refused, and freed when its holder dies. */
class FileLocksTest {
    @TempDir
    Path dir;

    @Test
    void anotherProcessHoldingTheLockKeepsUsOutUntilItDies() throws Exception {
        Path file = dir.resolve("sub").resolve("x.lock");
        try (LockHolder other = LockHolder.hold(file)) {
            assertThat(FileLocks.tryAcquire(file)).isNull();
            long started = System.nanoTime();
            assertThat(FileLocks.acquire(file, Duration.ofMillis(300))).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(10));
            other.kill();
            try (FileLocks mine = FileLocks.acquire(file, Duration.ofSeconds(10))) {
                assertThat(mine).as("the OS released the dead holder's lock").isNotNull();
            }
        }
    }

    @Test
    void anotherChannelOfThisProcessIsRefusedToo() throws Exception {
        Path file = dir.resolve("y.lock");
        try (FileLocks first = FileLocks.tryAcquire(file)) {
            assertThat(first).isNotNull();
            assertThat(FileLocks.tryAcquire(file)).isNull();
        }
        try (FileLocks again = FileLocks.tryAcquire(file)) {
            assertThat(again).isNotNull();
        }
    }
}
