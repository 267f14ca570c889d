package org.alephdeploy.wallet;

/**
 * Every wallet failure: a {@link Reason} to branch on and a message written for the user (what
 * happened, why, what to do). Messages never contain a key, a password or a mnemonic.
 * Unchecked, because {@link Signer#sign} implements an interface that declares no checked exception.
 */
public class WalletException extends RuntimeException {
    /** What went wrong, for code that reacts differently to different failures. */
    public enum Reason {
        WRONG_PASSWORD,
        CORRUPT_KEYSTORE,
        UNSUPPORTED_KEYSTORE,
        INVALID_KEY,
        INVALID_MNEMONIC,
        UNKNOWN_MNEMONIC_WORD,
        BAD_MNEMONIC_CHECKSUM,
        INVALID_INDEX,
        INVALID_ADDRESS,
        BAD_ADDRESS_CHECKSUM,
        INVALID_NAME,
        NAME_EXISTS,
        ADDRESS_EXISTS,
        NOT_FOUND,
        WATCH_ONLY,
        WEAK_PASSWORD,
        LOCKED,
        FILE_EXISTS,
        FILE_UNREADABLE,
        CORRUPT_INDEX,
        STORAGE,
        /** Another process (a window, a command) is changing the same wallet right now. */
        BUSY
    }

    private final Reason reason;

    public WalletException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public WalletException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
