package org.alephdeploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OwnerOnlyFiles#writeAtomically(Path, OwnerOnlyFiles.Content)}: streamed content, same guarantees as the byte[] form. */
class OwnerOnlyFilesStreamTest {
    @TempDir
    Path dir;

    @Test
    void streamedContentLandsWhole() throws IOException {
        Path target = dir.resolve("a.json");
        byte[] big = "0123456789abcdef".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
        OwnerOnlyFiles.writeAtomically(target, out -> {
            out.write(big);
            out.close();
        });
        assertThat(Files.readAllBytes(target)).as("a writer closing its stream does not cut the file").isEqualTo(big);
        if (OwnerOnlyFiles.isPosix()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        }
    }

    @Test
    void aFailingWriterLeavesTheTargetAsItWas() throws IOException {
        Path target = dir.resolve("a.json");
        OwnerOnlyFiles.writeAtomically(target, "before".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OwnerOnlyFiles.writeAtomically(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("before");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }
}
