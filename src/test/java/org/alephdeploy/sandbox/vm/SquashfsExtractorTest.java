package org.alephdeploy.sandbox.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import java.util.Arrays;
import org.alephdeploy.message.ItemHashes;

/** Our squashfs reader against images made by the real mksquashfs: same tree, same bytes, same modes. */
class SquashfsExtractorTest {
    @TempDir
    Path tmp;
    Path src;

    @BeforeEach
    void tree() throws IOException {
        src = Files.createDirectories(tmp.resolve("src"));
        Random rnd = new Random(42);
        write("empty.txt", new byte[0], "rw-r--r--");
        write("hello.py", "print('hello')\n".getBytes(StandardCharsets.UTF_8), "rw-r--r--");
        write("run.sh", "#!/bin/sh\necho run\n".getBytes(StandardCharsets.UTF_8), "rwxr-xr-x");
        write("secret", "s".getBytes(StandardCharsets.UTF_8), "rw-------");
        write("readonly", "r".getBytes(StandardCharsets.UTF_8), "r--r--r--");
        byte[] big = new byte[300_000];
        rnd.nextBytes(big);
        write("pkg/big.bin", big, "rw-r--r--");
        write("pkg/exact.bin", new byte[131072], "rw-r--r--");
        byte[] text = "lorem ipsum dolor sit amet ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        write("pkg/deep/er/text.txt", text, "rw-r-----");
        write("pkg/__init__.py", "VALUE = 1\n".getBytes(StandardCharsets.UTF_8), "rw-r--r--");
        for (int i = 0; i < 400; i++) {
            write(String.format("many/file-with-a-rather-long-name-number-%04d.txt", i),
                    ("n" + i).getBytes(StandardCharsets.UTF_8), "rw-r--r--");
        }
        Files.createLink(src.resolve("pkg/hardlink.py"), src.resolve("pkg/__init__.py"));
        Files.createSymbolicLink(src.resolve("link-to-hello"), Path.of("hello.py"));
        Files.createSymbolicLink(src.resolve("pkg/abs-link"), Path.of("/etc/hostname"));
        Files.createDirectories(src.resolve("emptydir"));
        Files.setPosixFilePermissions(src.resolve("emptydir"), PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(src.resolve("ro-dir"));
        write("ro-dir/inside", "x".getBytes(StandardCharsets.UTF_8), "rw-r--r--");
        Files.setPosixFilePermissions(src.resolve("ro-dir"), PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    private void write(String rel, byte[] bytes, String perms) throws IOException {
        Path p = src.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }

    @ParameterizedTest(name = "mksquashfs {0}")
    @ValueSource(strings = {"", "-no-fragments", "-always-use-fragments", "-noI -noD -noF -noX", "-b 4096"})
    void extractsWhatMksquashfsPacked(String options) throws IOException {
        Path img = Mksquashfs.make(src, tmp.resolve("img.squashfs"), options.isEmpty() ? new String[0] : options.split(" "));
        Path out = tmp.resolve("out");
        SquashfsExtractor.Summary s = SquashfsExtractor.extract(img, out);
        assertThat(describe(out)).isEqualTo(describe(src));
        assertThat(s.files()).isEqualTo(411);
        assertThat(s.symlinks()).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotSquashfs() throws IOException {
        Path zip = tmp.resolve("code.zip");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(SquashfsImage.hasMagic(zip)).isFalse();
        assertThatThrownBy(() -> SquashfsExtractor.extract(zip, tmp.resolve("x")))
                .isInstanceOf(SquashfsImage.FormatException.class).hasMessageContaining("not a squashfs image");
    }

    @Test
    void refusesATruncatedImage() throws IOException {
        Path img = Mksquashfs.make(src, tmp.resolve("img.squashfs"));
        byte[] all = Files.readAllBytes(img);
        Path cut = tmp.resolve("cut.squashfs");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        assertThat(SquashfsImage.hasMagic(cut)).isTrue();
        assertThatThrownBy(() -> SquashfsExtractor.extract(cut, tmp.resolve("y")))
                .isInstanceOf(SquashfsImage.FormatException.class);
    }

    /** Every path with its type, permissions, and bytes or link target. */
    private static TreeMap<String, String> describe(Path root) throws IOException {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    m.put(rel, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    m.put(rel, "dir " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                } else {
                    m.put(rel, "file " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) + " "
                            + ItemHashes.sha256Hex(Files.readAllBytes(p)));
                }
            }
        }
        return m;
    }
}
