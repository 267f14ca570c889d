package org.alephdeploy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in for a desktop's notification command in a folder of its own: a shell script that
 * writes each argument it was given on its own line to {@code calls.txt}, one blank line after
 * each call. Put the folder on the PATH a {@link DesktopNotifier} is given.
 */
public final class FakeNotifySend {
    private final Path folder;

    private FakeNotifySend(Path folder) {
        this.folder = folder;
    }

    /** Writes the script named {@code command} (notify-send, osascript) into {@code folder}. */
    public static FakeNotifySend in(Path folder, String command) throws IOException {
        Path script = folder.resolve(command);
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> \"" + folder.resolve("calls.txt")
                + "\"; done\nprintf '\\n' >> \"" + folder.resolve("calls.txt") + "\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new FakeNotifySend(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The arguments of every call so far, one per line; empty before the first. */
    public List<String> arguments() {
        Path calls = folder.resolve("calls.txt");
        try {
            return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
