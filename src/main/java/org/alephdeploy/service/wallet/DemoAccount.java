package org.alephdeploy.service.wallet;

import java.util.Arrays;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.WalletException;

/**
 * The sandbox's demo account: the public Anvil/Hardhat test key #0, which the sandbox's demo seed
 * funds and owns programs with. It goes into the wallet as a real key account, protected by a
 * password printed in this class, so that every wizard can be tried end to end on the sandbox.
 * Anyone can sign for this address, so the window refuses to sign with it on any other network.
 */
public final class DemoAccount {
    public static final String NAME = "Demo (sandbox)";
    public static final String ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    /** Not a secret: the key it protects is public. */
    public static final String PASSWORD = "sandbox-demo";
    private static final String KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    private DemoAccount() {
    }

    public static boolean isDemo(String address) {
        return Addresses.sameAddress(ADDRESS, address);
    }

    private static void unlockIfDemoPassword(WalletSession wallet, char[] password) {
        try {
            wallet.unlock(password);
        } catch (WalletException e) {
            if (e.reason() != WalletException.Reason.WRONG_PASSWORD) {
                throw e;
            }
            // the user imported this public key under a password of their own; it stays locked
        }
    }

    /**
     * Adds the demo account unless an account with its address exists, selects that account and,
     * when it holds the key, unlocks it. Blocking (scrypt twice).
     */
    public static Account install(WalletSession wallet) {
        Account existing = wallet.accounts().stream().filter(a -> isDemo(a.address())).findFirst().orElse(null);
        char[] password = PASSWORD.toCharArray();
        char[] key = KEY.toCharArray();
        try {
            Account account = existing != null ? wallet.select(existing.name()) : wallet.importPrivateKey(NAME, key, password);
            if (!account.watchOnly()) {
                unlockIfDemoPassword(wallet, password);
            }
            return account;
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(key, '\0');
        }
    }
}
