package org.alephdeploy.deploy.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.File;

/**
 * Runs the reference tools that judge our archives ({@code unsquashfs}, {@code unzip},
 * {@code zipinfo}). A missing tool fails the test with how to install it: CI installs them, and a
 * test that silently skipped would prove nothing.
 */
public final class ReferenceTools {
    private ReferenceTools() {
    }

    /** Runs the command, fails unless it exits 0, and returns what it printed (stdout and stderr). */
    public static String run(String... command) throws IOException {
        Result r = runAllowingFailure(command);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + r.exit() + ":\n" + r.output());
        }
        return r.output();
    }

    public record Result(int exit, String output) {
    }

    public static Result runAllowingFailure(String... command) throws IOException {
        requireOnPath(command[0]);
        List<String> cmd = new ArrayList<>(List.of(command));
        Path log = Files.createTempFile("reference-tool-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 10 minutes");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    public static void requireOnPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        throw new AssertionError(tool + " is not installed, and this test judges our archives with it. Install it"
                + " (Debian: apt-get install squashfs-tools unzip; .ci/run does this) and run the test again.");
    }
}
