package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a stored file is, judged by its first bytes (and, for squashfs, a readable superblock). */
public enum FileKind {
    SQUASHFS("squashfs"), ZIP("zip"), OTHER("other");

    private final String word;

    FileKind(String word) {
        this.word = word;
    }

    /** The kind as the boot report writes it. */
    public String word() {
        return word;
    }

    public static FileKind of(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 4 && head[0] == 'h' && head[1] == 's' && head[2] == 'q' && head[3] == 's') {
            try (SquashfsImage ignored = SquashfsImage.open(file)) {
                return SQUASHFS;
            } catch (SquashfsImage.FormatException e) {
                return OTHER;
            }
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
            return ZIP;
        }
        return OTHER;
    }
}
