package org.alephdeploy.wallet;

import java.math.BigInteger;
import java.util.Arrays;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.wallet.WalletException.Reason;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * secp256k1 private keys as 32-byte arrays that callers wipe. The {@link ECKeyPair} web3j builds
 * holds the key in a {@link BigInteger}, which cannot be wiped: it is dropped as soon as possible.
 */
final class PrivateKeys {
    private static final BigInteger ORDER = Sign.CURVE_PARAMS.getN();

    private PrivateKeys() {
    }

    /**
     * Parses a hex key with or without {@code 0x}; surrounding white space is ignored. The input
     * is not modified; the returned array belongs to the caller.
     */
    static byte[] parseHex(char[] text) {
        int start = 0;
        int end = text.length;
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end - start >= 2 && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X')) {
            start += 2;
        }
        int digits = end - start;
        if (digits == 0) {
            throw new WalletException(Reason.INVALID_KEY, "No private key was given. Paste the 64 hexadecimal digits of the key (with or without 0x).");
        }
        for (int i = start; i < end; i++) {
            if (Character.digit(text[i], 16) < 0) {
                throw new WalletException(Reason.INVALID_KEY, "The private key is not hexadecimal: character " + (i - start + 1)
                        + " is not one of 0-9 or a-f. A private key is 64 hexadecimal digits (with or without 0x); check what was pasted.");
            }
        }
        if (digits != 64) {
            throw new WalletException(Reason.INVALID_KEY, "The private key has " + digits
                    + " hexadecimal digits, but an Ethereum private key has exactly 64 (32 bytes). Check that it was copied whole.");
        }
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) {
            key[i] = (byte) (Character.digit(text[start + 2 * i], 16) << 4 | Character.digit(text[start + 2 * i + 1], 16));
        }
        checkRange(key, "The private key");
        return key;
    }

    /** Throws INVALID_KEY (and wipes {@code key}) unless 1 <= key < the curve order. */
    static void checkRange(byte[] key, String subject) {
        BigInteger k = new BigInteger(1, key);
        if (k.signum() == 0 || k.compareTo(ORDER) >= 0) {
            Arrays.fill(key, (byte) 0);
            throw new WalletException(Reason.INVALID_KEY, subject
                    + " is not a valid secp256k1 key (it is zero or not below the curve order). Check that the right key was given.");
        }
    }

    static ECKeyPair keyPair(byte[] key) {
        return ECKeyPair.create(key);
    }

    static byte[] bytes(ECKeyPair keyPair) {
        return Numeric.toBytesPadded(keyPair.getPrivateKey(), 32);
    }

    /** The EIP-55 address of a private key. */
    static String address(byte[] key) {
        return address(keyPair(key));
    }

    static String address(ECKeyPair keyPair) {
        return Addresses.checksum("0x" + Keys.getAddress(keyPair));
    }
}
