package org.alephdeploy.cli;

import java.time.Duration;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.Signer;
import org.alephdeploy.wallet.WalletException;
import org.alephdeploy.wallet.WalletStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Who acts: {@code --wallet NAME} (an account of the local wallet, unlocked with the wallet CLI's
 * password sources), or {@code --address A} to look or plan without a key; {@code --owner A} for an
 * owner other than the signer (a delegate acting under a security aggregate).
 */
final class SignerOptions {
    /** A command signs for minutes at most; the key is locked when the command ends. */
    private static final Duration IDLE = Duration.ofHours(12);

    @Option(names = "--wallet", paramLabel = "NAME", description = "The wallet account that signs (see 'wallet list').")
    String wallet;

    @Mixin
    PasswordOption password;

    @Option(names = "--address", paramLabel = "ADDRESS", description = "Act as ADDRESS without a key (inventory and plan only).")
    String address;

    @Option(names = "--owner", paramLabel = "ADDRESS",
            description = "The owner whose programs and volumes change (default: the acting address).")
    String owner;

    private WalletStore store(RootCommand root) {
        return WalletCommand.storeFactory.apply(root.dirs().wallets());
    }

    /** The wallet account named by {@code --wallet}, or null without it. */
    Account account(RootCommand root) {
        if (wallet == null) {
            return null;
        }
        try {
            return store(root).account(wallet);
        } catch (WalletException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage(), e);
        }
    }

    /** The acting address: the wallet account's, else {@code --address}; a usage failure when neither is given. */
    String actingAddress(RootCommand root) {
        Account a = account(root);
        if (a != null) {
            if (address != null && !Addresses.sameAddress(address, a.address())) {
                throw new CliFailure(ExitCodes.USAGE, "--address " + address + " is not the address of wallet account '" + wallet
                        + "' (" + a.address() + "). Give one of them.");
            }
            return a.address();
        }
        if (address == null) {
            throw new CliFailure(ExitCodes.USAGE, "Say which account: --wallet NAME, or --address ADDRESS to look and plan "
                    + "without signing.");
        }
        if (!Addresses.hasShape(address)) {
            throw new CliFailure(ExitCodes.USAGE, "'" + address + "' is not an Ethereum address (0x and 40 hex digits).");
        }
        return Addresses.checksum(address);
    }

    /** True when the acting wallet account cannot sign (watch-only); plans with --address alone are previews. */
    boolean watchOnly(RootCommand root) {
        Account a = account(root);
        return a != null && a.watchOnly();
    }

    /** The unlocked signer of {@code --wallet} (the caller locks it); asks for the password when no file or variable gives it. */
    Signer unlock(RootCommand root, String what) {
        if (wallet == null) {
            throw new CliFailure(ExitCodes.USAGE, what + " needs a wallet account to sign with: --wallet NAME (see 'wallet list').");
        }
        Account a = account(root);
        if (a.watchOnly()) {
            throw new CliFailure(ExitCodes.USAGE, "Wallet account '" + wallet + "' is watch-only: it has no key to sign with. "
                    + "Import its key (wallet import-key) or use another account.");
        }
        PasswordOption.Password pw = password.existingPassword("Password of wallet account '" + wallet + "': ");
        try {
            Signer signer = store(root).signer(wallet, IDLE);
            signer.unlock(pw.chars());
            return signer;
        } catch (WalletException e) {
            throw new CliFailure(ExitCodes.FAILED, e.getMessage(), e);
        } finally {
            pw.wipe();
        }
    }

    String owner(String acting) {
        if (owner != null && !Addresses.hasShape(owner)) {
            throw new CliFailure(ExitCodes.USAGE, "--owner '" + owner + "' is not an Ethereum address (0x and 40 hex digits).");
        }
        return owner != null ? Addresses.checksum(owner) : acting;
    }
}
