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
}
