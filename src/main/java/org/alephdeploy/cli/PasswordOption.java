package org.alephdeploy.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.alephdeploy.platform.SecretInput;
import org.alephdeploy.wallet.WalletException;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Option;

/** {@code --password-file}, else the environment, else the terminal: where a keystore password comes from. */
final class PasswordOption {
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from FILE (its whole content, final line break removed). "
                    + "Without it: the " + WalletCommand.PASSWORD_ENV + " environment variable, else the terminal.")
    Path file;

    /** The password and whether the user typed it (the command is then interactive). */
    record Password(char[] chars, boolean typed) {
        void wipe() {
            Arrays.fill(chars, '\0');
        }
    }

    /** A password for a new keystore: typed twice in a terminal. */
    Password newPassword() {
        Password p = fromFileOrEnv();
        if (p != null) {
            return p;
        }
        char[] first = SecretInput.readHidden("New keystore password (at least " + WalletStore.MIN_PASSWORD_LENGTH + " characters): ");
        if (first == null) {
            throw WalletSecrets.noSource("password");
        }
        try {
            WalletStore.checkNewPassword(first);
        } catch (WalletException e) {
            Arrays.fill(first, '\0');
            throw e;
        }
        char[] second = SecretInput.readHidden("Repeat the password: ");
        if (second == null || !Arrays.equals(first, second)) {
            Arrays.fill(first, '\0');
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            throw new CliFailure(ExitCodes.FAILED, "The two passwords differ, so nothing was saved. Run the command again.");
        }
        Arrays.fill(second, '\0');
        return new Password(first, true);
    }

    /** The password of an existing keystore: asked once. */
    Password existingPassword(String prompt) {
        Password p = fromFileOrEnv();
        if (p != null) {
            return p;
        }
        char[] typed = SecretInput.readHidden(prompt);
        if (typed == null) {
            throw WalletSecrets.noSource("password");
        }
        return new Password(typed, true);
    }

    private Password fromFileOrEnv() {
        if (file != null) {
            return new Password(WalletSecrets.readFile(file, "password"), false);
        }
        String env = System.getenv(WalletCommand.PASSWORD_ENV);
        if (env != null && !env.isEmpty()) {
            return new Password(env.toCharArray(), false);
        }
        return null;
    }
}
