package org.alephdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.message.Json;
import org.alephdeploy.platform.SecretInput;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wallet list|watch|export|rename|remove}: looking at and managing the accounts already there. */
final class WalletAccountCommands {
    private WalletAccountCommands() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the accounts: name, address, kind (key or watch-only) and when each was added.")
    static final class ListAccounts extends WalletSubcommand {
        @Override
        int run(Output out, WalletStore store) {
            List<Account> accounts = store.accounts();
            if (out.json()) {
                ArrayNode list = Json.array();
                accounts.forEach(a -> list.add(AccountOutput.json(a)));
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

    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = {"Add a watch-only account: its programs and volumes can be viewed, nothing can be signed.",
                "A mixed-case address must carry a valid EIP-55 checksum; an all-lowercase one is accepted and stored checksummed."},
            footer = ExitCodes.HELP)
    static final class Watch extends WalletSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Name of the new account.")
        String name;

        @Parameters(index = "1", paramLabel = "ADDRESS", description = "The Ethereum address (0x and 40 hexadecimal digits).")
        String address;

        @Override
        int run(Output out, WalletStore store) {
            AccountOutput.printAdded(out, store.watch(name, address), "Watching");
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the account's V3 keystore to FILE, for other Ethereum tools.",
                "The keystore stays encrypted with the account's password. FILE must not exist yet; it is created readable by you only (600)."},
            footer = ExitCodes.HELP)
    static final class Export extends WalletSubcommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The account.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "Where to write the keystore.")
        Path file;

        @Override
        int run(Output out, WalletStore store) {
            Account a = store.account(name);
            store.exportKeystore(name, file);
            if (out.json()) {
                out.json(AccountOutput.json(a).put("file", file.toAbsolutePath().toString()));
            } else {
                out.line("Exported the keystore of '" + a.name() + "' " + a.address() + " to " + file + ".");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename an account.", footer = ExitCodes.HELP)
    static final class Rename extends WalletSubcommand {
        @Parameters(index = "0", paramLabel = "OLD", description = "The account's current name.")
        String oldName;

        @Parameters(index = "1", paramLabel = "NEW", description = "Its new name.")
        String newName;

        @Override
        int run(Output out, WalletStore store) {
            Account a = store.rename(oldName, newName);
            AccountOutput.printAdded(out, a, "Renamed to");
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = {"Remove an account and delete its keystore.",
                "Without another backup (mnemonic, key or exported keystore) the key is lost. "
                    + "Asks for confirmation in a terminal; without a terminal --yes is required."},
            footer = ExitCodes.HELP)
    static final class Remove extends WalletSubcommand {
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
                out.json(AccountOutput.json(a).put("removed", true));
            } else {
                out.line("Removed account '" + a.name() + "' " + a.address() + ".");
            }
            return ExitCodes.OK;
        }
    }
}
