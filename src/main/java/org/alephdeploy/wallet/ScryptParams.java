package org.alephdeploy.wallet;

/**
 * The scrypt cost of new keystores. {@link #STANDARD} is what users get (about a second and
 * 256 MB of heap per encryption or unlock); {@link #LIGHT} exists so tests stay fast.
 */
public record ScryptParams(int n, int r, int p) {
    public static final ScryptParams STANDARD = new ScryptParams(262_144, 8, 1);
    public static final ScryptParams LIGHT = new ScryptParams(4_096, 8, 1);

    public ScryptParams {
        if (n < 2 || Integer.bitCount(n) != 1 || r < 1 || p < 1) {
            throw new IllegalArgumentException("scrypt needs n a power of two above 1, r >= 1 and p >= 1");
        }
    }
}
