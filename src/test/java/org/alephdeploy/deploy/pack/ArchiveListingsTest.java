package org.alephdeploy.deploy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.ArchiveMagic;
import org.alephdeploy.platform.OwnerOnlyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings of folders and zips (made by Python's zipfile, with Unix modes). */
class ArchiveListingsTest {
    @TempDir
    Path dir;

    @Test
    void aFoldersListingHasItsFilesAndExecutableBits() throws IOException {
        Path app = Files.createDirectories(dir.resolve("app/pkg"));
        Files.writeString(app.resolve("__init__.py"), "");
        Path run = Files.writeString(dir.resolve("app/run.sh"), "#!/bin/sh\n");
        ArchiveListing l = ArchiveListings.ofFolder(dir.resolve("app"));
        assertThat(l.files()).containsExactlyInAnyOrder("pkg/__init__.py", "run.sh");
        assertThat(l.hasModule("pkg")).isTrue();
        if (OwnerOnlyFiles.isPosix()) {
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertThat(ArchiveListings.ofFolder(dir.resolve("app")).executables()).containsExactly("run.sh");
        }
    }

    @Test
    void aZipsListingComesFromItsCentralDirectoryWithUnixModes() throws Exception {
        Path zip = dir.resolve("made-by-python.zip");
        String script = String.join("\n",
                "import sys, zipfile",
                "with zipfile.ZipFile(sys.argv[1], 'w') as z:",
                "    for name, mode in (('src/main.py', 0o644), ('run.sh', 0o755), ('src/', 0o755)):",
                "        info = zipfile.ZipInfo(name)",
                "        info.create_system = 3",
                "        info.external_attr = mode << 16",
                "        z.writestr(info, '' if name.endswith('/') else 'x = 1\\n')");
        Process p = new ProcessBuilder("python3", "-c", script, zip.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("python3 wrote the zip").isTrue();

        ArchiveListing l = ArchiveListings.ofZip(zip);
        assertThat(l.files()).containsExactlyInAnyOrder("src/main.py", "run.sh");
        assertThat(l.executables()).containsExactly("run.sh");
        assertThat(l.modesKnown()).isTrue();
        assertThat(l.hasModule("main")).isFalse();
        assertThat(l.folderHoldingModule("main")).contains("src");
        assertThat(ArchiveMagic.of(Files.readAllBytes(zip))).isEqualTo(ArchiveMagic.ZIP);
    }
}
