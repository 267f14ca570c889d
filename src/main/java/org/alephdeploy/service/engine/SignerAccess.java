package org.alephdeploy.service.engine;

import java.util.Optional;
import org.alephdeploy.message.MessageSigner;

/**
 * The current account as the engine tasks need it: its address, whether it can sign at all, and
 * its signer once unlocked. The wallet service implements it; the wizards ask for the password
 * only when {@link #locked()} says so. Thread-safe.
 */
public interface SignerAccess {
    /** The address whose inventory is shown, or empty while no account is chosen. */
    Optional<String> address();

    /** The account's name in the wallet, to show who signs; empty when it has none. */
    default Optional<String> name() {
        return Optional.empty();
    }

    /** True for an address added without a key: it can be shown, never signed for. */
    boolean watchOnly();

    /** True when signing needs the password first. */
    boolean locked();

    /**
     * Unlocks the account with {@code password}; the caller wipes the array afterwards. Blocks
     * (scrypt takes a moment): call on a worker thread, never the FX thread.
     *
     * @throws UnlockException with a sentence for the user when the password is wrong
     */
    MessageSigner unlock(char[] password) throws UnlockException;

    /** The signer when the account is unlocked, else empty. */
    Optional<MessageSigner> signer();

    /** A wrong password or an unreadable keystore, in words for the user. */
    final class UnlockException extends Exception {
        public UnlockException(String sentence) {
            super(sentence);
        }

        public UnlockException(String sentence, Throwable cause) {
            super(sentence, cause);
        }
    }
}
