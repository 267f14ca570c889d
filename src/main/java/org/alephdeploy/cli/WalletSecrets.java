package org.alephdeploy.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.alephdeploy.platform.SecretInput;

/** Secrets for wallet commands, never from arguments: a file or the terminal without echo. */
final class WalletSecrets {
    private WalletSecrets() {
    }

/** The secret (caller wipes), from {@code file} or typed without echo. */
static char[] read(Path file, String what, String prompt) {
    if (file != null) {
        return readFile(file, what);
    }
    char[] typed = SecretInput.readHidden(prompt);
    if (typed == null) {
        throw noSource(what);
    }
    return typed;
}

static char[] readFile(Path file, String what) {
    try {
        return SecretInput.readFile(file);
    } catch (IOException e) {
        throw new CliFailure(ExitCodes.FAILED, "Cannot read the " + what + " from " + file + " (" + e.getMessage()
                + "). Check the file's path and permissions.");
    }
}

static CliFailure noSource(String what) {
    String how = what.equals("password")
            ? "pass --password-file FILE or set " + WalletCommand.PASSWORD_ENV
            : "pass --secret-file FILE";
    return new CliFailure(ExitCodes.USAGE, "No " + what + " was given and there is no terminal to type it in: " + how + ".");
}
}
