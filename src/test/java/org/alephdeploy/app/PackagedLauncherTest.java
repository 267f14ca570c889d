package org.alephdeploy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app-image's launcher script ({@code packaging/linux/launcher.sh}) in an image laid out as
 * jpackage lays it out, whose {@code lib/runtime/bin/java} prints the arguments it was given.
 */
class PackagedLauncherTest {
    private static final Path SCRIPT = Path.of("packaging/linux/launcher.sh");

    @TempDir
    Path dir;
    private Path image;

    @BeforeEach
    void image() throws IOException {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux") && Files.isExecutable(Path.of("/bin/bash")));
        image = dir.resolve("my app");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.copy(SCRIPT, bin.resolve("aleph-deploy"));
        executable(bin.resolve("aleph-deploy"));
        Files.writeString(java, "#!/bin/bash\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n"
                + "printf 'LD_LIBRARY_PATH=%s\\n' \"$LD_LIBRARY_PATH\"\n");
        executable(java);
        Files.writeString(app.resolve("aleph-deploy.cfg"), """
                [Application]
                app.classpath=$APPDIR/aleph-deploy.jar
                app.mainclass=%s
                app.classpath=$APPDIR/other.jar

                [JavaOptions]
                java-options=-XX:SharedArchiveFile=$APPDIR/aleph-deploy.jsa
                java-options=-Djpackage.app-version=0.1.0
                java-options=-Dwhere=$ROOTDIR and $BINDIR
                """.formatted(Launcher.class.getName()));
    }

    @Test
    void startsTheRuntimesJavaWithTheCfgsOptionsClassPathAndMainClassThenTheArguments() throws Exception {
        String root = image.toRealPath().toString();
        assertThat(run(image.resolve("bin/aleph-deploy"), "--node", "a b", "")).containsExactly(
                "-XX:SharedArchiveFile=" + root + "/lib/app/aleph-deploy.jsa",
                "-Djpackage.app-version=0.1.0",
                "-Dwhere=" + root + " and " + root + "/bin",
                "-Djpackage.app-path=" + root + "/bin/aleph-deploy",
                "-cp", root + "/lib/app/aleph-deploy.jar:" + root + "/lib/app/other.jar",
                Launcher.class.getName(),
                "--node", "a b", "",
                "LD_LIBRARY_PATH=" + root + "/lib/app");
    }

    @Test
    void findsItsImageThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("aleph-deploy"), image.resolve("bin/aleph-deploy"));
        assertThat(run(link, "--version")).contains(
                "-Djpackage.app-path=" + image.toRealPath() + "/bin/aleph-deploy", "--version");
    }

    private static List<String> run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("LD_LIBRARY_PATH");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.lines().toList();
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
