package org.alephdeploy.deploy.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a file's {@link ArtifactKind} from its first {@value #HEAD_BYTES} bytes: squashfs images
 * start with {@code hsqs} (the little-endian superblock magic), zips with {@code PK\3\4} (a local
 * file header) or {@code PK\5\6} (an empty archive's end record).
 */
public final class FileKinds {
    /** How many leading bytes {@link #sniff} needs. */
    public static final int HEAD_BYTES = 4;

    private FileKinds() {
    }

    public static ArtifactKind sniff(byte[] head) {
        if (head == null || head.length < HEAD_BYTES) {
            return ArtifactKind.OTHER;
        }
        if (head[0] == 'h' && head[1] == 's' && head[2] == 'q' && head[3] == 's') {
            return ArtifactKind.SQUASHFS;
        }
        if (head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return ArtifactKind.ZIP;
        }
        return ArtifactKind.OTHER;
    }

    public static ArtifactKind of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in.readNBytes(HEAD_BYTES));
        }
    }
}
