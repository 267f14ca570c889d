package org.alephdeploy.deploy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.security.NoSuchAlgorithmException;

class DeterministicZipTest {
    @TempDir
    Path temp;

    @Test
    void sameFolderGivesSameBytesTwice() throws IOException {
        Path folder = program("app");
        assertThat(zipBytes(folder)).isEqualTo(zipBytes(folder));
    }

    @Test
    void timeZoneDoesNotChangeTheBytes() throws IOException {
        Path folder = program("app");
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = zipBytes(folder);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = zipBytes(folder);
            assertThat(sha256(west)).isEqualTo(sha256(east));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void touchingModificationTimesDoesNotChangeTheBytes() throws IOException {
        Path folder = program("app");
        byte[] before = zipBytes(folder);
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2031-05-06T07:08:09Z")));
            }
        }
        assertThat(sha256(zipBytes(folder))).isEqualTo(sha256(before));
    }

    @Test
    void sameContentInAnotherFolderGivesSameBytes() throws IOException {
        assertThat(sha256(zipBytes(program("one")))).isEqualTo(sha256(zipBytes(program("two"))));
    }

    @Test
    void differentContentGivesADifferentHash() throws IOException {
        Path folder = program("app");
        String before = sha256(zipBytes(folder));
        Files.writeString(folder.resolve("main.py"), "print('changed')\n");
        String changedFile = sha256(zipBytes(folder));
        Files.createDirectory(folder.resolve("empty-too"));
        String addedFolder = sha256(zipBytes(folder));

        assertThat(changedFile).isNotEqualTo(before);
        assertThat(addedFolder).isNotEqualTo(changedFile);
    }

    @Test
    void zipHoldsSortedEntriesWithContentAndNoExtras() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        List<ZipEntry> raw = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes(program("app"))))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                raw.add(entry);
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.keySet()).containsExactly(
                ".hidden", "lib/", "lib/empty/", "lib/util.py", "main.py", "static/", "static/é.txt");
        assertThat(entries).containsEntry(".hidden", "SECRET_FREE=1\n")
                .containsEntry("lib/util.py", "def f():\n    return 1\n")
                .containsEntry("main.py", "print('hello')\n")
                .containsEntry("static/é.txt", "x".repeat(10_000));
        assertThat(raw).allSatisfy(entry -> {
            assertThat(entry.getExtra()).isNull();
            assertThat(entry.getTimeLocal()).isEqualTo("1980-02-01T00:00");
        });
    }

    @Test
    void unzipSeesUnixModesAndTheExecutableBit() throws IOException {
        Path folder = program("app");
        Path run = Files.writeString(folder.resolve("run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-x---"));
        Path zip = Files.write(temp.resolve("app.zip"), zipBytes(folder));

        String listing = ReferenceTools.run("zipinfo", zip.toString());
        assertThat(listing).containsPattern("(?m)^-rwxr-xr-x .* unx .* run\\.sh$")
                .containsPattern("(?m)^-rw-r--r-- .* unx .* main\\.py$")
                .containsPattern("(?m)^drwxr-xr-x .* unx .* lib/empty/$");
        Path out = temp.resolve("unzipped");
        ReferenceTools.run("unzip", "-q", zip.toString(), "-d", out.toString());
        assertThat(Files.isExecutable(out.resolve("run.sh"))).isTrue();
        assertThat(Files.isExecutable(out.resolve("main.py"))).isFalse();
        assertThat(Files.readString(out.resolve("static/é.txt"))).isEqualTo("x".repeat(10_000));
    }

    @Test
    void leftOutFilesAreNotZipped() throws IOException {
        Path folder = program("app");
        Files.writeString(folder.resolve(".env"), "TOKEN=1\n");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref\n");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes(folder)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("main.py").doesNotContain(".env", ".git/", ".git/HEAD");
    }

    @Test
    void symlinksAreRefusedWithAClearMessage() throws IOException {
        Path folder = program("app");
        Files.createSymbolicLink(folder.resolve("lib/link.py"), folder.resolve("main.py"));
        assertThatThrownBy(() -> zipBytes(folder))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("lib/link.py is a symbolic link")
                .hasMessageContaining("Replace the link with a copy of its target, or remove it");
    }

    @Test
    void notAFolderIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        assertThatThrownBy(() -> zipBytes(file)).isInstanceOf(IOException.class).hasMessageContaining("not a folder");
    }

    @Test
    void zipToTempWritesTheSameBytes() throws IOException {
        Path folder = program("app");
        Path zip = DeterministicZip.zipToTemp(folder);
        try {
            assertThat(Files.readAllBytes(zip)).isEqualTo(zipBytes(folder));
            assertThat(DeterministicZip.encodingOf(zip)).isEqualTo("zip");
        } finally {
            Files.delete(zip);
        }
    }

    @Test
    void encodingIsToldFromMagicBytes() throws IOException {
        Path emptyFolder = Files.createDirectory(temp.resolve("empty-folder"));
        Path emptyZip = Files.write(temp.resolve("empty.zip"), zipBytes(emptyFolder));
        Path squashfs = Files.write(temp.resolve("rootfs.squashfs"),
                new byte[] {'h', 's', 'q', 's', 0x10, 0, 0, 0});
        Path text = Files.writeString(temp.resolve("main.py"), "print('PK')\n");
        Path tiny = Files.write(temp.resolve("tiny"), new byte[] {'P', 'K'});
        Path empty = Files.write(temp.resolve("empty"), new byte[0]);

        assertThat(Files.readAllBytes(emptyZip)).startsWith((byte) 0x50, (byte) 0x4b, (byte) 5, (byte) 6);
        assertThat(DeterministicZip.encodingOf(emptyZip)).isEqualTo("zip");
        assertThat(DeterministicZip.encodingOf(squashfs)).isEqualTo("squashfs");
        assertThat(DeterministicZip.encodingOf(text)).isEqualTo("plain");
        assertThat(DeterministicZip.encodingOf(tiny)).isEqualTo("plain");
        assertThat(DeterministicZip.encodingOf(empty)).isEqualTo("plain");
    }

    private Path program(String name) throws IOException {
        Path folder = Files.createDirectory(temp.resolve(name));
        Files.writeString(folder.resolve("main.py"), "print('hello')\n");
        Files.writeString(folder.resolve(".hidden"), "SECRET_FREE=1\n");
        Files.createDirectories(folder.resolve("lib/empty"));
        Files.writeString(folder.resolve("lib/util.py"), "def f():\n    return 1\n");
        Files.createDirectories(folder.resolve("static"));
        Files.writeString(folder.resolve("static/é.txt"), "x".repeat(10_000));
        return folder;
    }

    private static byte[] zipBytes(Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeterministicZip.zip(folder, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
