package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.alephdeploy.message.Json;
import org.alephdeploy.platform.SecretInput;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.AlephKeyFiles;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.WalletException;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wallet …}: the local accounts. Secrets are never taken from arguments: keys and
 * mnemonics come from the terminal (no echo) or {@code --secret-file}; passwords from the
 * terminal, {@code --password-file} or {@value #PASSWORD_ENV}.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true,
        description = {"Manage the local wallet: accounts whose keys are kept in encrypted V3 keystores (scrypt) in the data directory's wallets/ folder, and watch-only addresses.",
            "Keys and mnemonics are read from the terminal without echo or from --secret-file, never from arguments.",
            "Passwords are read from --password-file FILE, else the " + WalletCommand.PASSWORD_ENV + " environment variable, else the terminal."},
        subcommands = {WalletCommand.ListAccounts.class, WalletCommand.Create.class, WalletCommand.ImportKey.class,
            WalletCommand.ImportMnemonic.class, WalletCommand.ImportKeystore.class, WalletCommand.ImportAlephKey.class,
            WalletCommand.Watch.class, WalletCommand.Export.class, WalletCommand.Rename.class, WalletCommand.Remove.class},
        footer = ExitCodes.HELP)
public final class WalletCommand {
    static final String PASSWORD_ENV = "ALEPH_DEPLOY_PASSWORD";
    private static final String BACKUP_WARNING = "Write these words down, in order, and keep them offline: they are the only"
            + " backup of this account. Anyone who has them controls the account.";

    /** How commands open the store; tests swap in light scrypt parameters. */
    static volatile Function<Path, WalletStore> storeFactory = WalletStore::new;

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public final Integer call() {
            try {
                return run(Output.of(spec), storeFactory.apply(Output.root(spec).dirs().wallets()));
            } catch (WalletException e) {
                throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
            }
        }

        abstract int run(Output out, WalletStore store);
    }

    static final class PasswordOption {
        @Option(names = "--password-file", paramLabel = "FILE",
                description = "Read the password from FILE (its whole content, final line break removed). "
                        + "Without it: the " + PASSWORD_ENV + " environment variable, else the terminal.")
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
                throw noSource("password");
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
                throw noSource("password");
            }
            return new Password(typed, true);
        }

        private Password fromFileOrEnv() {
            if (file != null) {
                return new Password(readSecretFile(file, "password"), false);
            }
            String env = System.getenv(PASSWORD_ENV);
            if (env != null && !env.isEmpty()) {
                return new Password(env.toCharArray(), false);
            }
            return null;
        }
    }

    /** The secret (caller wipes), from {@code file} or typed without echo. */
    static char[] readSecret(Path file, String what, String prompt) {
        if (file != null) {
            return readSecretFile(file, what);
        }
        char[] typed = SecretInput.readHidden(prompt);
        if (typed == null) {
            throw noSource(what);
        }
        return typed;
    }

    static char[] readSecretFile(Path file, String what) {
        try {
            return SecretInput.readFile(file);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "Cannot read the " + what + " from " + file + " (" + e.getMessage()
                    + "). Check the file's path and permissions.");
        }
    }

    static CliFailure noSource(String what) {
        String how = what.equals("password")
                ? "pass --password-file FILE or set " + PASSWORD_ENV
                : "pass --secret-file FILE";
        return new CliFailure(ExitCodes.USAGE, "No " + what + " was given and there is no terminal to type it in: " + how + ".");
    }

    static ObjectNode accountJson(Account a) {
        ObjectNode o = Json.object();
        o.put("name", a.name()).put("address", a.address()).put("kind", a.kind().label())
                .put("origin", a.origin().label()).put("created", a.created().toString());
        if (a.derivationPath() == null) {
            o.putNull("derivation_path");
        } else {
            o.put("derivation_path", a.derivationPath());
        }
        return o;
    }

    static void printAdded(Output out, Account a, String verb) {
        if (out.json()) {
            out.json(accountJson(a));
        } else {
            out.line(verb + " account '" + a.name() + "' " + a.address()
                    + (a.derivationPath() == null ? "" : " (" + a.derivationPath() + ")") + ".");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the accounts: name, address, kind (key or watch-only) and when each was added.")
    static final class ListAccounts extends Base {
        @Override
        int run(Output out, WalletStore store) {
            List<Account> accounts = store.accounts();
            if (out.json()) {
                ArrayNode list = Json.array();
                accounts.forEach(a -> list.add(accountJson(a)));
                out.json(list);
                return ExitCodes.OK;
            }
            if (accounts.isEmpty()) {
                out.line("No accounts yet. Create one with 'wallet create NAME', or import one (see 'wallet --help').");
                return ExitCodes.OK;
            }
            int width = Math.max(4, accounts.stream().mapToInt(a -> a.name().length()).max().orElse(4));
            String format = "%-" + width + "s  %-42s  %-10s  %s";
            out.line(String.format(format, "NAME", "ADDRESS", "KIND", "CREATED"));
            for (Account a : accounts) {
                out.line(String.format(format, a.name(), a.address(), a.kind().label(), a.created()));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an account from a new random 12-word BIP-39 mnemonic and print the mnemonic once.",
                "The key is the mnemonic's m/44'/60'/0'/0/0, as in MetaMask, so the words are the account's backup.",
                "In a terminal the password is asked twice and then 3 of the words, to check the backup; nothing is saved if a word is wrong. "
                    + "With the password from --password-file or the environment the command is non-interactive: the check is skipped and the output says so."},
            footer = ExitCodes.HELP)
    static final class Create extends Base {
        private static final SecureRandom RANDOM = new SecureRandom();

        @Parameters(paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Mixin
        PasswordOption password;

        @Override
        int run(Output out, WalletStore store) {
            String n = store.checkNewName(name);
            PasswordOption.Password pw = password.newPassword();
            Mnemonic mnemonic = Mnemonic.generate();
            try {
                WalletStore.checkNewPassword(pw.chars());
                List<String> words = mnemonic.words();
                boolean confirmed = false;
                if (pw.typed()) {
                    showWords(out.json() ? SecretInput::printToTerminal : out::line, words);
                    confirm(words);
                    confirmed = true;
                }
                Account a = store.create(n, mnemonic, pw.chars());
                if (out.json()) {
                    ObjectNode o = Json.object();
                    o.set("account", accountJson(a));
                    o.put("mnemonic", String.join(" ", words));
                    o.put("mnemonic_confirmed", confirmed);
                    o.put("warning", BACKUP_WARNING);
                    out.json(o);
                } else {
                    if (!confirmed) {
                        showWords(out::line, words);
                        out.line("The backup check was skipped: the command is non-interactive (the password did not come from the terminal).");
                    }
                    out.line("Created account '" + a.name() + "' " + a.address() + " (" + a.derivationPath() + ").");
                }
                return ExitCodes.OK;
            } finally {
                mnemonic.wipe();
                pw.wipe();
            }
        }

        /** Prints the words to {@code sink}: standard output, or the terminal when standard output carries JSON. */
        private static void showWords(Consumer<String> sink, List<String> words) {
            sink.accept(BACKUP_WARNING);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                line.append(String.format("%2d. %-10s", i + 1, words.get(i)));
                if (i % 4 == 3) {
                    sink.accept(line.toString().stripTrailing());
                    line.setLength(0);
                }
            }
        }

        private static void confirm(List<String> words) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                positions.add(i);
            }
            Collections.shuffle(positions, RANDOM);
            List<Integer> asked = positions.subList(0, 3).stream().sorted().toList();
            for (int i : asked) {
                String answer = SecretInput.readLine("Check your backup: word " + (i + 1) + "? ");
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals(words.get(i))) {
                    throw new CliFailure(ExitCodes.FAILED, "Word " + (i + 1) + " does not match, so the account was not created"
                            + " and nothing was saved. Run 'wallet create' again and write the new words down carefully.");
                }
            }
        }
    }

    @Command(name = "import-key", mixinStandardHelpOptions = true,
            description = {"Import a private key (64 hexadecimal digits, with or without 0x).",
                "The key is typed in the terminal without echo, or read from --secret-file."},
            footer = ExitCodes.HELP)
    static final class ImportKey extends Base {
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
            char[] key = readSecret(secretFile, "private key", "Private key (hex, input hidden): ");
            PasswordOption.Password pw = null;
            try {
                pw = password.newPassword();
                printAdded(out, store.importPrivateKey(n, key, pw.chars()), "Imported");
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
    static final class ImportMnemonic extends Base {
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
            char[] words = readSecret(secretFile, "mnemonic", "Mnemonic words, separated by spaces (input hidden): ");
            char[] passphrase = null;
            PasswordOption.Password pw = null;
            try {
                Mnemonic.parse(words).wipe();
                if (passphraseFile != null) {
                    passphrase = readSecretFile(passphraseFile, "passphrase");
                } else if (secretFile == null) {
                    passphrase = SecretInput.readHidden("BIP-39 passphrase (Enter for none): ");
                }
                if (passphrase == null) {
                    passphrase = new char[0];
                }
                pw = password.newPassword();
                printAdded(out, store.importMnemonic(n, words, passphrase, index, pw.chars()), "Imported");
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
    static final class ImportKeystore extends Base {
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
                printAdded(out, store.importKeystore(n, file, pw.chars()), "Imported");
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
    static final class ImportAlephKey extends Base {
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
                printAdded(out, store.importAlephKey(n, keyFile, pw.chars()), "Imported");
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

    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = {"Add a watch-only account: its programs and volumes can be viewed, nothing can be signed.",
                "A mixed-case address must carry a valid EIP-55 checksum; an all-lowercase one is accepted and stored checksummed."},
            footer = ExitCodes.HELP)
    static final class Watch extends Base {
        @Parameters(index = "0", paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Parameters(index = "1", paramLabel = "ADDRESS", description = "The Ethereum address (0x and 40 hexadecimal digits).")
        String address;

        @Override
        int run(Output out, WalletStore store) {
            printAdded(out, store.watch(name, address), "Watching");
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the account's V3 keystore to FILE, for other Ethereum tools.",
                "The keystore stays encrypted with the account's password. FILE must not exist yet; it is created readable by you only (600)."},
            footer = ExitCodes.HELP)
    static final class Export extends Base {
        @Parameters(index = "0", paramLabel = "NAME", description = "The account.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "Where to write the keystore.")
        Path file;

        @Override
        int run(Output out, WalletStore store) {
            Account a = store.account(name);
            store.exportKeystore(name, file);
            if (out.json()) {
                out.json(accountJson(a).put("file", file.toAbsolutePath().toString()));
            } else {
                out.line("Exported the keystore of '" + a.name() + "' " + a.address() + " to " + file + ".");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an account.", footer = ExitCodes.HELP)
    static final class Rename extends Base {
        @Parameters(index = "0", paramLabel = "OLD", description = "The account's current name.")
        String oldName;

        @Parameters(index = "1", paramLabel = "NEW", description = "Its new name.")
        String newName;

        @Override
        int run(Output out, WalletStore store) {
            Account a = store.rename(oldName, newName);
            printAdded(out, a, "Renamed to");
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Remove an account and delete its keystore.",
                "Without another backup (mnemonic, key or exported keystore) the key is lost. "
                    + "Asks for confirmation in a terminal; without a terminal --yes is required."},
            footer = ExitCodes.HELP)
    static final class Remove extends Base {
        @Parameters(paramLabel = "NAME", description = "The account.")
        String name;

        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        int run(Output out, WalletStore store) {
            Account a = store.account(name);
            if (!yes) {
                if (!SecretInput.interactive()) {
                    throw new CliFailure(ExitCodes.USAGE, "Removing an account needs confirmation and there is no terminal: add --yes.");
                }
                String what = a.watchOnly() ? "" : " and delete its keystore (the key is lost without another backup)";
                String answer = SecretInput.readLine("Remove account '" + a.name() + "' " + a.address() + what + "? Type yes: ");
                if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                    throw new CliFailure(ExitCodes.FAILED, "Not confirmed, so account '" + a.name() + "' was kept.");
                }
            }
            store.remove(a.name());
            if (out.json()) {
                out.json(accountJson(a).put("removed", true));
            } else {
                out.line("Removed account '" + a.name() + "' " + a.address() + ".");
            }
            return ExitCodes.OK;
        }
    }
}
