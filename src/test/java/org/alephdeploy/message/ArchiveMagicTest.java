package org.alephdeploy.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveMagicTest {
    @Test
    void firstBytesTellSquashfsZipAndAnythingElse() {
        assertThat(ArchiveMagic.of(new byte[] {'h', 's', 'q', 's', 0x10, 0})).isEqualTo(ArchiveMagic.SQUASHFS);
        assertThat(ArchiveMagic.of(new byte[] {0x68, 0x73, 0x71, 0x73})).isEqualTo(ArchiveMagic.SQUASHFS);
        assertThat(ArchiveMagic.of(new byte[] {'P', 'K', 3, 4, 20})).isEqualTo(ArchiveMagic.ZIP);
        assertThat(ArchiveMagic.of(new byte[] {'P', 'K', 5, 6})).isEqualTo(ArchiveMagic.ZIP);
        assertThat(ArchiveMagic.of(new byte[] {'s', 'q', 's', 'h'})).as("big-endian squashfs is not what nodes mount")
                .isEqualTo(ArchiveMagic.OTHER);
        assertThat(ArchiveMagic.of(new byte[] {'P', 'K', 7, 8})).isEqualTo(ArchiveMagic.OTHER);
        assertThat(ArchiveMagic.of(new byte[] {'h', 's', 'q'})).isEqualTo(ArchiveMagic.OTHER);
        assertThat(ArchiveMagic.of(new byte[0])).isEqualTo(ArchiveMagic.OTHER);
        assertThat(ArchiveMagic.of(new byte[] {'h', 's', 'q', 's'}, 3)).isEqualTo(ArchiveMagic.OTHER);
    }

    @Test
    void wordsSayWhatTheFileIsInsteadOfWhatWasNeeded() {
        assertThat(ArchiveMagic.ZIP.insteadOf(ArchiveMagic.SQUASHFS)).isEqualTo("a zip, not a squashfs image");
        assertThat(ArchiveMagic.SQUASHFS.insteadOf(ArchiveMagic.ZIP)).isEqualTo("a squashfs image, not a zip");
        assertThat(ArchiveMagic.OTHER.insteadOf(ArchiveMagic.SQUASHFS))
                .isEqualTo("not a squashfs image (nor a zip: its first bytes match neither format)");
        assertThat(ArchiveMagic.OTHER.insteadOf(ArchiveMagic.ZIP))
                .isEqualTo("not a zip (nor a squashfs image: its first bytes match neither format)");
    }
}
