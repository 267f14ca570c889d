package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.alephdeploy.message.Json;
import org.alephdeploy.platform.SecretInput;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wallet create}: a new account from a new mnemonic, with a backup check in a terminal. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create an account from a new random 12-word BIP-39 mnemonic and print the mnemonic once.",
            "The key is the mnemonic's m/44'/60'/0'/0/0, as in MetaMask, so the words are the account's backup.",
            "In a terminal the password is asked twice and then 3 of the words, to check the backup; nothing is saved if a word is wrong. "
                + "With the password from --password-file or the environment the command is non-interactive: the check is skipped and the output says so."},
        footer = ExitCodes.HELP)
final class WalletCreateCommand extends WalletSubcommand {
    static final String BACKUP_WARNING = "Write these words down, in order, and keep them offline: they are the only"
            + " backup of this account. Anyone who has them controls the account.";

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
                o.set("account", AccountOutput.json(a));
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
