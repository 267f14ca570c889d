package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.File;

/** Runs the real {@code mksquashfs} (squashfs-tools) to make test images. */
public final class Mksquashfs {
    private Mksquashfs() {
    }

    /** Makes {@code image} from {@code dir} with gzip compression; fails the test clearly when mksquashfs is missing. */
    public static Path make(Path dir, Path image, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(executable(), dir.toString(), image.toString(), "-comp", "gzip",
                "-noappend", "-quiet", "-no-progress"));
        cmd.addAll(List.of(extra));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("mksquashfs failed: " + String.join(" ", cmd) + "\n"
                        + new String(out, StandardCharsets.UTF_8));
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The path of mksquashfs on PATH (or /usr/sbin, /usr/bin); an AssertionError that says how to install it otherwise. */
    public static String executable() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin"));
        for (String d : dirs) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "mksquashfs"))) {
                return Path.of(d, "mksquashfs").toString();
            }
        }
        throw new AssertionError("mksquashfs was not found on PATH: these tests build real squashfs images with it. "
                + "Install squashfs-tools (Debian/Ubuntu: apt-get install squashfs-tools; macOS: brew install squashfs).");
    }
}
