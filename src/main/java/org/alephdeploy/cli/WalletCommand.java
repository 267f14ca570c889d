package org.alephdeploy.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Command;

/**
 * {@code wallet …}: the local accounts. Secrets are never taken from arguments: keys and
 * mnemonics come from the terminal (no echo) or {@code --secret-file}; passwords from the
 * terminal, {@code --password-file} or {@value #PASSWORD_ENV}.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true,
        description = {"Manage the local wallet: accounts whose keys are kept in encrypted V3 keystores (scrypt) in the data "
                + "directory's wallets/ folder, and watch-only addresses.",
            "Keys and mnemonics are read from the terminal without echo or from --secret-file, never from arguments.",
            "Passwords are read from --password-file FILE, else the " + WalletCommand.PASSWORD_ENV + " environment variable, else the terminal."},
        subcommands = {WalletAccountCommands.ListAccounts.class, WalletCreateCommand.class,
            WalletImportCommands.ImportKey.class, WalletImportCommands.ImportMnemonic.class,
            WalletImportCommands.ImportKeystore.class, WalletImportCommands.ImportAlephKey.class,
            WalletAccountCommands.Watch.class, WalletAccountCommands.Export.class, WalletAccountCommands.Rename.class,
            WalletAccountCommands.Remove.class},
        footer = ExitCodes.HELP)
public final class WalletCommand {
    static final String PASSWORD_ENV = "ALEPH_DEPLOY_PASSWORD";

    /** How commands open the store; tests swap in light scrypt parameters. */
    static volatile Function<Path, WalletStore> storeFactory = WalletStore::new;
}
