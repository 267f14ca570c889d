package org.alephdeploy.wallet;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * scrypt (RFC 7914). BouncyCastle's {@code SCrypt} enforces the RFC's N < 2^(16r), which rejects
 * keystores that geth and other tools write and read, such as the Web3 Secret Storage test vector
 * (N=262144, r=1); this one does not. Callers bound N, r and p (memory is 128·N·r bytes).
 */
final class Scrypt {
    private Scrypt() {
    }

    static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int dkLen) {
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1) {
            throw new IllegalArgumentException("scrypt needs n a power of two above 1, r >= 1 and p >= 1");
        }
        int blockBytes = 128 * r;
        byte[] b = pbkdf2(password, salt, p * blockBytes);
        int[] x = new int[32 * r];
        int[] v = new int[32 * r * n];
        Temp temp = new Temp(r);
        try {
            for (int i = 0; i < p; i++) {
                roMix(b, i * blockBytes, r, n, x, v, temp);
            }
            return pbkdf2(password, b, dkLen);
        } finally {
            Arrays.fill(b, (byte) 0);
            Arrays.fill(x, 0);
            Arrays.fill(v, 0);
            temp.wipe();
        }
    }

    private static void roMix(byte[] b, int offset, int r, int n, int[] x, int[] v, Temp temp) {
        int words = 32 * r;
        for (int i = 0; i < words; i++) {
            int o = offset + 4 * i;
            x[i] = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, temp, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            int base = j * words;
            for (int k = 0; k < words; k++) {
                x[k] ^= v[base + k];
            }
            blockMix(x, temp, r);
        }
        for (int i = 0; i < words; i++) {
            int o = offset + 4 * i;
            b[o] = (byte) x[i];
            b[o + 1] = (byte) (x[i] >>> 8);
            b[o + 2] = (byte) (x[i] >>> 16);
            b[o + 3] = (byte) (x[i] >>> 24);
        }
    }

    /** BlockMix with Salsa20/8 over 2r 64-byte blocks; the even outputs go first, then the odd ones. */
    private static void blockMix(int[] block, Temp temp, int r) {
        int[] t = temp.t;
        int[] s = temp.s;
        System.arraycopy(block, (2 * r - 1) * 16, t, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] ^= block[i * 16 + k];
            }
            Salsa20Engine.salsaCore(8, t, s);
            System.arraycopy(s, 0, t, 0, 16);
            int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(s, 0, temp.out, dest, 16);
        }
        System.arraycopy(temp.out, 0, block, 0, 32 * r);
    }

    /** Working arrays reused across the 2N BlockMix calls of one derivation. */
    private static final class Temp {
        final int[] out;
        final int[] t = new int[16];
        final int[] s = new int[16];

        Temp(int r) {
            out = new int[32 * r];
        }

        void wipe() {
            Arrays.fill(out, 0);
            Arrays.fill(t, 0);
            Arrays.fill(s, 0);
        }
    }

    private static byte[] pbkdf2(byte[] password, byte[] salt, int length) {
        PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
        gen.init(password, salt, 1);
        return ((KeyParameter) gen.generateDerivedParameters(length * 8)).getKey();
    }
}
