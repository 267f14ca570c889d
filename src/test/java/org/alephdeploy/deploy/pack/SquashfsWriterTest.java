package org.alephdeploy.deploy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.alephdeploy.message.ArchiveMagic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our squashfs images as the reference tool, Debian's {@code unsquashfs}, reads them. */
public class SquashfsWriterTest {
    private static final int BLOCK = SquashfsWriter.BLOCK_SIZE;

    @TempDir
    Path temp;

    @Test
    void unsquashfsExtractsTheSameTreeBytesAndModes() throws IOException {
        Path folder = edgeCases(temp.resolve("src"));
        Path image = write(folder, "img.squashfs");

        ReferenceTools.run("unsquashfs", "-stat", image.toString());
        Path out = temp.resolve("out");
        ReferenceTools.run("unsquashfs", "-no-progress", "-d", out.toString(), image.toString());

        assertThat(describe(out)).isEqualTo(describe(folder));
        assertThat(Files.readSymbolicLink(out.resolve("link"))).isEqualTo(Path.of("a/b/c/d/deep.txt"));
        assertThat(Files.isExecutable(out.resolve("run.sh"))).isTrue();
        assertThat(Files.isExecutable(out.resolve("notes.txt"))).isFalse();
    }

    @Test
    void listingShowsRootOwnerFixedTimeAndSortedNames() throws IOException {
        Path folder = edgeCases(temp.resolve("src"));
        String listing = ReferenceTools.run("unsquashfs", "-lls", write(folder, "img.squashfs").toString());

        assertThat(listing).contains("-rwxr-xr-x root/root                19 1970-01-01 00:00 squashfs-root/run.sh")
                .contains("lrwxrwxrwx root/root                16 1970-01-01 00:00 squashfs-root/link -> a/b/c/d/deep.txt")
                .contains("drwxr-xr-x root/root                 3 1970-01-01 00:00 squashfs-root/empty")
                .contains("squashfs-root/nämé-日本.txt")
                .contains("squashfs-root/many/f0999");
        assertThat(listing.indexOf("squashfs-root/many/f0001")).isLessThan(listing.indexOf("squashfs-root/many/f0002"));
    }

    @Test
    void aListingLargerThan64KiBUsesTheExtendedFolderInode() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("wide"));
        for (int i = 0; i < 700; i++) {
            Files.writeString(folder.resolve(String.format("%04d-", i) + "n".repeat(120)), "file " + i);
        }
        Path out = temp.resolve("out");
        ReferenceTools.run("unsquashfs", "-no-progress", "-d", out.toString(), write(folder, "wide.squashfs").toString());
        assertThat(describe(out)).isEqualTo(describe(folder));
    }

    @Test
    void sameFolderGivesTheSameBytesWhateverTheTimesAndPlace() throws IOException {
        Path one = edgeCases(temp.resolve("one"));
        String first = LocalArtifacts.sha256(write(one, "1.squashfs"));
        String again = LocalArtifacts.sha256(write(one, "2.squashfs"));
        try (Stream<Path> walk = Files.walk(one)) {
            for (Path p : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2031-05-06T07:08:09Z")));
            }
        }
        String touched = LocalArtifacts.sha256(write(one, "3.squashfs"));
        String elsewhere = LocalArtifacts.sha256(write(edgeCases(temp.resolve("two")), "4.squashfs"));

        assertThat(again).isEqualTo(first);
        assertThat(touched).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
        Files.writeString(one.resolve("notes.txt"), "changed");
        assertThat(LocalArtifacts.sha256(write(one, "5.squashfs"))).isNotEqualTo(first);
    }

    @Test
    void imageStartsWithTheMagicAndIsPaddedTo4KiB() throws IOException {
        Path image = write(edgeCases(temp.resolve("src")), "img.squashfs");
        byte[] head = Files.readAllBytes(image);
        assertThat(ArchiveMagic.of(head)).isEqualTo(ArchiveMagic.SQUASHFS);
        assertThat(head.length % 4096).isZero();
    }

    @Test
    void emptyFolderMakesAValidImage() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("nothing"));
        Path image = write(folder, "empty.squashfs");
        ReferenceTools.run("unsquashfs", "-stat", image.toString());
        Path out = temp.resolve("out");
        ReferenceTools.run("unsquashfs", "-no-progress", "-d", out.toString(), image.toString());
        try (Stream<Path> list = Files.list(out)) {
            assertThat(list).isEmpty();
        }
    }

    /** Every case the format treats specially, in one folder. */
    static Path edgeCases(Path root) throws IOException {
        Files.createDirectories(root.resolve("empty"));
        Path deep = root;
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.txt"), "at the bottom\n");
        Files.createDirectories(root.resolve("a/b/c/d"));
        Files.writeString(root.resolve("a/b/c/d/deep.txt"), "deep\n");
        Files.createSymbolicLink(root.resolve("link"), Path.of("a/b/c/d/deep.txt"));
        Path run = Files.writeString(root.resolve("run.sh"), "#!/bin/sh\necho hi\n\n");
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("notes.txt"), "plain text\n".repeat(100));
        Files.write(root.resolve("empty-file"), new byte[0]);
        Files.writeString(root.resolve("nämé-日本.txt"), "non-ASCII name\n");
        Random random = new Random(7);
        Files.write(root.resolve("exactly-one-block.bin"), bytes(random, BLOCK));
        Files.write(root.resolve("exactly-two-blocks.txt"), "0123456789abcdef".repeat(2 * BLOCK / 16).getBytes(StandardCharsets.US_ASCII));
        Files.write(root.resolve("one-block-and-a-byte.bin"), bytes(random, BLOCK + 1));
        Files.write(root.resolve("three-and-a-half.bin"), bytes(random, 3 * BLOCK + BLOCK / 2));
        Path many = Files.createDirectories(root.resolve("many"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(many.resolve(String.format("f%04d", i)), "file number " + i + "\n");
        }
        return root;
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private Path write(Path folder, String name) throws IOException {
        Path image = temp.resolve(name);
        SquashfsWriter.write(FolderTree.scan(folder), image);
        return image;
    }

    /** Each path with its kind, executable bit and content (or link target), to compare two trees. */
    public static TreeMap<String, String> describe(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(rel, "link -> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(rel, "folder");
                } else {
                    out.put(rel, (Files.isExecutable(p) ? "exec " : "file ")
                            + LocalArtifacts.sha256(p) + " " + Files.size(p));
                }
            }
        }
        return out;
    }
}
