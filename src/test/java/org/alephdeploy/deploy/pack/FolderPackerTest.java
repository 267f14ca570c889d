package org.alephdeploy.deploy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.alephdeploy.Slow;
import org.alephdeploy.deploy.plan.ArtifactEncoding;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.alephdeploy.message.ArchiveMagic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPackerTest {
    @TempDir
    Path temp;

    @Test
    void smallCodeIsAZipAndAVolumeIsSquashfs() throws IOException {
        Path folder = program(temp.resolve("app"));
        try (FolderPacker.Packed code = FolderPacker.pack(folder, FolderUse.CODE);
                FolderPacker.Packed volume = FolderPacker.pack(folder, FolderUse.VOLUME)) {
            assertThat(code.encoding()).isEqualTo(DeterministicZip.ZIP);
            assertThat(ArchiveMagic.of(Files.readAllBytes(code.file()))).isEqualTo(ArchiveMagic.ZIP);
            assertThat(volume.encoding()).isEqualTo(DeterministicZip.SQUASHFS);
            assertThat(ArchiveMagic.of(Files.readAllBytes(volume.file()))).isEqualTo(ArchiveMagic.SQUASHFS);
            assertThat(code.leftOut()).containsExactly(".env");
            assertThat(volume.leftOut()).containsExactly(".env");
        }
    }

    @Test
    @Slow
    void codeWhoseZipOutgrowsTheInlineLimitBecomesSquashfs() throws IOException {
        Path folder = program(temp.resolve("big"));
        byte[] noise = new byte[(int) FolderPacker.MAX_INLINE_CODE_BYTES + 1];
        new Random(1).nextBytes(noise);
        Files.write(folder.resolve("model.bin"), noise);

        LocalArtifact a = LocalArtifacts.measure(folder, FolderUse.CODE);

        assertThat(a.encoding()).isEqualTo(ArtifactEncoding.SQUASHFS);
        assertThat(a.wasFolder()).isTrue();
        assertThat(a.size()).isGreaterThan(FolderPacker.MAX_INLINE_CODE_BYTES);
        Path out = temp.resolve("out");
        try (FolderPacker.Packed again = FolderPacker.packAs(folder, a.encoding().wire())) {
            assertThat(LocalArtifacts.sha256(again.file())).isEqualTo(a.sha256());
            ReferenceTools.run("unsquashfs", "-no-progress", "-d", out.toString(), again.file().toString());
        }
        assertThat(Files.mismatch(out.resolve("model.bin"), folder.resolve("model.bin"))).isEqualTo(-1);
    }

    @Test
    @Slow
    void codeJustUnderTheLimitStaysAZip() throws IOException {
        Path folder = program(temp.resolve("edge"));
        byte[] noise = new byte[9_000_000];
        new Random(2).nextBytes(noise);
        Files.write(folder.resolve("model.bin"), noise);

        LocalArtifact a = LocalArtifacts.measure(folder, FolderUse.CODE);

        assertThat(a.encoding()).isEqualTo(ArtifactEncoding.ZIP);
        assertThat(a.size()).isLessThanOrEqualTo(FolderPacker.MAX_INLINE_CODE_BYTES);
        assertThat(a.leftOut()).containsExactly(".env");
    }

    @Test
    void aFileIsMeasuredAsItIsWhateverTheUse() throws IOException {
        Path file = Files.write(temp.resolve("rootfs.img"), new byte[] {'h', 's', 'q', 's', 4, 0});
        LocalArtifact a = LocalArtifacts.measure(file, FolderUse.VOLUME);
        assertThat(a.encoding()).isEqualTo(ArtifactEncoding.SQUASHFS);
        assertThat(a.wasFolder()).isFalse();
        assertThat(a.leftOut()).isEmpty();
    }

    private static Path program(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("main.py"), "app = None\n");
        Files.writeString(root.resolve(".env"), "TOKEN=1\n");
        return root;
    }
}
