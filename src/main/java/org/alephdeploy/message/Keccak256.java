package org.alephdeploy.message;

import java.nio.charset.StandardCharsets;

/**
 * Ethereum's Keccak-256 (the original Keccak padding, not SHA3-256's), written here so that
 * checking a listing's signatures and addresses loads neither web3j's {@code Sign} nor
 * BouncyCastle: its jar is signed, and the first class taken from it makes the JVM verify the
 * whole jar (tens of MB of garbage and a fifth of a second of CPU), and {@code Sign} builds every
 * named curve BouncyCastle knows. A call allocates its 25-lane state and the result.
 */
public final class Keccak256 {
    private static final int RATE = 136;
    private static final int LANES = 25;
    private static final int ROUNDS = 24;
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /**
     * Pi's cycle, starting from lane 1: lane 1 moves to 10, 10 to 7, and so on (lane x + 5y goes to
     * y + 5((2x + 3y) mod 5)); {@link #ROTATIONS}[i] is rho's rotation of the lane that moves into
     * {@code PI_CYCLE[i]}.
     */
    private static final int[] PI_CYCLE = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};
    private static final int[] ROTATIONS = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    private static final byte[] EIP191_PREFIX = "\u0019Ethereum Signed Message:\n".getBytes(StandardCharsets.US_ASCII);

    private Keccak256() {
    }

    /** The 32-byte Keccak-256 digest of {@code input}. */
    public static byte[] hash(byte[] input) {
        return digest(input);
    }

    /** EIP-191 ({@code personal_sign}): the digest of the prefix, the buffer's length in decimal, and the buffer. */
    public static byte[] ethereumMessageHash(byte[] buffer) {
        return digest(EIP191_PREFIX, Integer.toString(buffer.length).getBytes(StandardCharsets.US_ASCII), buffer);
    }

    /** The digest of the parts one after the other, absorbed where they lie (no joined copy). */
    private static byte[] digest(byte[]... parts) {
        long[] state = new long[LANES];
        int position = 0;
        for (byte[] part : parts) {
            for (byte b : part) {
                state[position / 8] ^= (b & 0xffL) << (8 * (position % 8));
                if (++position == RATE) {
                    permute(state);
                    position = 0;
                }
            }
        }
        state[position / 8] ^= 0x01L << (8 * (position % 8));
        state[(RATE - 1) / 8] ^= 0x80L << (8 * ((RATE - 1) % 8));
        permute(state);
        byte[] out = new byte[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    /**
     * Keccak-f[1600]: theta, rho and pi, chi, iota, 24 rounds. Rho and pi move lane by lane along
     * pi's single cycle through the 24 lanes other than (0, 0), so no second state is needed.
     */
    private static void permute(long[] a) {
        for (int round = 0; round < ROUNDS; round++) {
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < LANES; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            long carried = a[1];
            for (int i = 0; i < PI_CYCLE.length; i++) {
                int to = PI_CYCLE[i];
                long next = a[to];
                a[to] = Long.rotateLeft(carried, ROTATIONS[i]);
                carried = next;
            }
            for (int y = 0; y < LANES; y += 5) {
                long b0 = a[y];
                long b1 = a[y + 1];
                long b2 = a[y + 2];
                long b3 = a[y + 3];
                long b4 = a[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
