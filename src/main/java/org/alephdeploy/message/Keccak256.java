package org.alephdeploy.message;

import java.nio.charset.StandardCharsets;

/**
 * Ethereum's Keccak-256 (the original Keccak padding, not SHA3-256's), written here so that
 * checking a listing's signatures and addresses loads neither web3j's {@code Sign} nor
 * BouncyCastle: its jar is signed, and the first class taken from it makes the JVM verify the
 * whole jar (tens of MB of garbage and a fifth of a second of CPU), and {@code Sign} builds every
 * named curve BouncyCastle knows. A call allocates well under a kilobyte.
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
    /** Rotation of lane x + 5y (rho). */
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    };
    private static final byte[] EIP191_PREFIX = "\u0019Ethereum Signed Message:\n".getBytes(StandardCharsets.US_ASCII);

    private Keccak256() {
    }

    /** The 32-byte Keccak-256 digest of {@code input}. */
    public static byte[] hash(byte[] input) {
        long[] state = new long[LANES];
        absorb(state, input, 0, input.length);
        return finish(state, input, input.length);
    }

    /** EIP-191 ({@code personal_sign}): the digest of the prefix, the buffer's length in decimal, and the buffer. */
    public static byte[] ethereumMessageHash(byte[] buffer) {
        byte[] length = Integer.toString(buffer.length).getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[EIP191_PREFIX.length + length.length + buffer.length];
        System.arraycopy(EIP191_PREFIX, 0, all, 0, EIP191_PREFIX.length);
        System.arraycopy(length, 0, all, EIP191_PREFIX.length, length.length);
        System.arraycopy(buffer, 0, all, EIP191_PREFIX.length + length.length, buffer.length);
        return hash(all);
    }

    /** XORs every whole block of {@code input[from, to)} into the state, permuting after each. */
    private static void absorb(long[] state, byte[] input, int from, int to) {
        int offset = from;
        while (to - offset >= RATE) {
            for (int lane = 0; lane < RATE / 8; lane++) {
                state[lane] ^= littleEndian(input, offset + lane * 8);
            }
            permute(state);
            offset += RATE;
        }
    }

    /** Pads the last partial block (0x01 … 0x80), absorbs it and squeezes 32 bytes. */
    private static byte[] finish(long[] state, byte[] input, int length) {
        byte[] last = new byte[RATE];
        int rest = length % RATE;
        System.arraycopy(input, length - rest, last, 0, rest);
        last[rest] ^= 0x01;
        last[RATE - 1] ^= (byte) 0x80;
        for (int lane = 0; lane < RATE / 8; lane++) {
            state[lane] ^= littleEndian(last, lane * 8);
        }
        permute(state);
        byte[] out = new byte[32];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    private static long littleEndian(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }

    /** Keccak-f[1600]: theta, rho and pi, chi, iota, 24 rounds. */
    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[LANES];
        for (int round = 0; round < ROUNDS; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < LANES; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < LANES; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
