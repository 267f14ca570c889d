package org.alephdeploy.message;

import fr.acinq.secp256k1.Secp256k1;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Public-key recovery by libsecp256k1 (ACINQ's JNI binding, natives for Linux, macOS and Windows
 * inside its jars), an order of magnitude faster than BouncyCastle's and without its garbage. It
 * answers only for signatures whose r and s lie in [1, n-1]; for anything else, or when the native
 * library cannot load here, {@link EthSignatures} takes web3j's path, so every outcome (address or
 * refusal) stays that path's. {@code -Daleph.secp256k1.native=false} turns it off.
 */
final class NativeRecovery {
    private static final byte[] ORDER = HexFormat.of().parseHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

    private NativeRecovery() {
    }

    /** True when the native library loaded (the first call loads it). */
    static boolean available() {
        return Library.INSTANCE != null;
    }

    /**
     * The 64-byte public key (x‖y) that signed {@code hash} with {@code rs} (r‖s, 64 bytes) and
     * recovery id 0 or 1, or null when this class does not answer for it (see the class comment).
     */
    static byte[] recover(byte[] rs, byte[] hash, int recoveryId) {
        Secp256k1 lib = Library.INSTANCE;
        if (lib == null || !inOrder(rs, 0) || !inOrder(rs, 32)) {
            return null;
        }
        try {
            byte[] uncompressed = lib.ecdsaRecover(rs, hash, recoveryId);
            if (uncompressed.length != 65 || uncompressed[0] != 4) {
                return null;
            }
            return Arrays.copyOfRange(uncompressed, 1, 65);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** 0 < the 32 bytes at {@code from} < the curve order n, as big-endian unsigned. */
    private static boolean inOrder(byte[] rs, int from) {
        boolean zero = true;
        for (int i = from; i < from + 32; i++) {
            if (rs[i] != 0) {
                zero = false;
                break;
            }
        }
        return !zero && Arrays.compareUnsigned(rs, from, from + 32, ORDER, 0, 32) < 0;
    }

    private static final class Library {
        static final Secp256k1 INSTANCE = load();

        private static Secp256k1 load() {
            if ("false".equals(System.getProperty("aleph.secp256k1.native"))) {
                return null;
            }
            try {
                return Secp256k1.get();
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
