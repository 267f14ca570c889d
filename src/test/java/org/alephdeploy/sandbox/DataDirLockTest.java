package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.alephdeploy.platform.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox data directory serves one sandbox at a time: a second one (this process or another) is refused. */
class DataDirLockTest {
    @TempDir
    Path dir;

    private SandboxOptions options() {
        return SandboxOptions.builder(dir).port(0).build();
    }

    @Test
    void aSecondSandboxOnTheSameDirectoryIsRefusedUntilTheFirstStops() throws Exception {
        try (SandboxNode first = SandboxNode.start(options())) {
            assertThatThrownBy(() -> SandboxNode.start(options())).isInstanceOf(SandboxNode.DataDirBusyException.class)
                    .hasMessageContaining("Another sandbox").hasMessageContaining(dir.toString())
                    .hasMessageContaining("another data directory");
            assertThat(first.url()).startsWith("http://");
        }
        try (SandboxNode again = SandboxNode.start(options())) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void aSandboxOfAnotherProcessKeepsThisOneOff() throws Exception {
        try (LockHolder other = LockHolder.hold(dir.resolve(SandboxNode.LOCK_FILE))) {
            assertThatThrownBy(() -> SandboxNode.start(options())).isInstanceOf(SandboxNode.DataDirBusyException.class);
            other.kill();
        }
        try (SandboxNode after = SandboxNode.start(options())) {
            assertThat(after.port()).isPositive();
        }
    }
}
