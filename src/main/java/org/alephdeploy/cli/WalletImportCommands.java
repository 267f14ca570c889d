package org.alephdeploy.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.alephdeploy.platform.SecretInput;
import org.alephdeploy.wallet.AlephKeyFiles;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wallet import-…}: accounts from a private key, a mnemonic, a V3 keystore or an aleph key file. */
final class WalletImportCommands {
    private WalletImportCommands() {
    }

    @Command(name = "import-key", mixinStandardHelpOptions = true,
            description = {"Import a private key (64 hexadecimal digits, with or without 0x).",
                "The key is typed in the terminal without echo, or read from --secret-file."},
            footer = ExitCodes.HELP)
    static final class ImportKey extends WalletSubcommand {
        @Parameters(paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Option(names = "--secret-file", paramLabel = "FILE",
                description = "Read the private key from FILE instead of the terminal (keep FILE private and delete it afterwards).")
        Path secretFile;

        @Mixin
        PasswordOption password;

        @Override
        int run(Output out, WalletStore store) {
            String n = store.checkNewName(name);
            char[] key = WalletSecrets.read(secretFile, "private key", "Private key (hex, input hidden): ");
            PasswordOption.Password pw = null;
            try {
                pw = password.newPassword();
                AccountOutput.printAdded(out, store.importPrivateKey(n, key, pw.chars()), "Imported");
                return ExitCodes.OK;
            } finally {
                Arrays.fill(key, '\0');
                if (pw != null) {
                    pw.wipe();
                }
            }
        }
    }

    @Command(name = "import-mnemonic", mixinStandardHelpOptions = true,
            description = {"Import one account of a BIP-39 mnemonic (English, 12 to 24 words).",
                "The key is the one at m/44'/60'/0'/0/N, the path MetaMask uses: N=0 is its first account, N=1 the second.",
                "The mnemonic is typed in the terminal without echo, or read from --secret-file."},
            footer = ExitCodes.HELP)
    static final class ImportMnemonic extends WalletSubcommand {
        @Parameters(paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Option(names = "--index", paramLabel = "N", defaultValue = "0",
                description = "Account index N in m/44'/60'/0'/0/N (default: ${DEFAULT-VALUE}).")
        int index;

        @Option(names = "--passphrase-file", paramLabel = "FILE",
                description = "Read the optional BIP-39 passphrase (the \"25th word\") from FILE. "
                        + "Without it, the passphrase is asked for when the mnemonic is typed in the terminal (Enter for none), else none is used.")
        Path passphraseFile;

        @Option(names = "--secret-file", paramLabel = "FILE",
                description = "Read the mnemonic from FILE instead of the terminal (keep FILE private and delete it afterwards).")
        Path secretFile;

        @Mixin
        PasswordOption password;

        @Override
        int run(Output out, WalletStore store) {
            String n = store.checkNewName(name);
            char[] words = WalletSecrets.read(secretFile, "mnemonic", "Mnemonic words, separated by spaces (input hidden): ");
            char[] passphrase = null;
            PasswordOption.Password pw = null;
            try {
                Mnemonic.parse(words).wipe();
                if (passphraseFile != null) {
                    passphrase = WalletSecrets.readFile(passphraseFile, "passphrase");
                } else if (secretFile == null) {
                    passphrase = SecretInput.readHidden("BIP-39 passphrase (Enter for none): ");
                }
                if (passphrase == null) {
                    passphrase = new char[0];
                }
                pw = password.newPassword();
                AccountOutput.printAdded(out, store.importMnemonic(n, words, passphrase, index, pw.chars()), "Imported");
                return ExitCodes.OK;
            } finally {
                Arrays.fill(words, '\0');
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
                if (pw != null) {
                    pw.wipe();
                }
            }
        }
    }

    @Command(name = "import-keystore", mixinStandardHelpOptions = true,
            description = {"Import an Ethereum V3 keystore (JSON, scrypt or pbkdf2) made by another tool.",
                "The password asked for is the keystore's own; the wallet stores the key re-encrypted (scrypt) with that same password."},
            footer = ExitCodes.HELP)
    static final class ImportKeystore extends WalletSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The keystore JSON file.")
        Path file;

        @Mixin
        PasswordOption password;

        @Override
        int run(Output out, WalletStore store) {
            String n = store.checkNewName(name);
            PasswordOption.Password pw = password.existingPassword("Password of the keystore " + file + ": ");
            try {
                AccountOutput.printAdded(out, store.importKeystore(n, file, pw.chars()), "Imported");
                return ExitCodes.OK;
            } finally {
                pw.wipe();
            }
        }
    }

    @Command(name = "import-aleph-key", mixinStandardHelpOptions = true,
            description = {"Import the key file of the aleph command line tool (the 32 raw bytes of a private key).",
                "Without FILE, ~/.aleph-im/private-keys/ethereum.key is used, or the only *.key file there (sol*.key files hold Solana keys and are skipped)."},
            footer = ExitCodes.HELP)
    static final class ImportAlephKey extends WalletSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", arity = "0..1", description = "The key file (default: found automatically).")
        Path file;

        @Mixin
        PasswordOption password;

        @Override
        int run(Output out, WalletStore store) {
            String n = store.checkNewName(name);
            Path keyFile = file != null ? file : findKeyFile(out);
            PasswordOption.Password pw = password.newPassword();
            try {
                AccountOutput.printAdded(out, store.importAlephKey(n, keyFile, pw.chars()), "Imported");
                return ExitCodes.OK;
            } finally {
                pw.wipe();
            }
        }

        private static Path findKeyFile(Output out) {
            Path home = Path.of(System.getProperty("user.home"));
            List<Path> found = WalletStore.findAlephKeyFiles(home);
            if (found.isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, "No aleph key file was found in " + AlephKeyFiles.directory(home)
                        + ". Give the key file's path: wallet import-aleph-key NAME FILE.");
            }
            Path chosen = found.get(0);
            if (!chosen.getFileName().toString().equals("ethereum.key") && found.size() > 1) {
                throw new CliFailure(ExitCodes.FAILED, "Several aleph key files were found (" + found
                        + ") and none is ethereum.key. Choose one: wallet import-aleph-key NAME FILE.");
            }
            if (!out.json()) {
                out.line("Using the aleph key file " + chosen + ".");
            }
            return chosen;
        }
    }
}
