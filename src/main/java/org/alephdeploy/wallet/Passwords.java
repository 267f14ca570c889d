package org.alephdeploy.wallet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.alephdeploy.wallet.WalletException.Reason;

/** Password rules and encoding, without ever making a {@code String} of the password. */
final class Passwords {
    static final int MIN_LENGTH = 8;

    private Passwords() {
    }

    /** UTF-8 bytes of the password (unpaired surrogates become '?', as String.getBytes does); the caller wipes them. */
    static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(password));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 encoding with replacement cannot fail", e);
        }
        byte[] out = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return out;
    }

    /** Checks a password chosen for a new keystore. */
    static void checkNew(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new WalletException(Reason.WEAK_PASSWORD, "The password is too short: it has "
                    + (password == null ? 0 : password.length) + " characters, and a keystore password needs at least "
                    + MIN_LENGTH + ". Choose a longer password (a few random words work well).");
        }
    }
}
