package org.alephdeploy.ui.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The picture of an address: a 5×5 grid mirrored left to right, and one of {@link #HUES}
 * colour classes, both from the SHA-256 of the lower-cased address. Pure; same address, same picture.
 */
public record IdenticonPattern(boolean[][] cells, int hue) {
    public static final int SIZE = 5;
    public static final int HUES = 8;

    public static IdenticonPattern of(String address) {
        byte[] digest = sha256(address == null ? "" : address.strip().toLowerCase(Locale.ROOT));
        boolean[][] cells = new boolean[SIZE][SIZE];
        int half = (SIZE + 1) / 2;
        int bit = 0;
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < half; col++) {
                boolean on = ((digest[bit / 8] >> (bit % 8)) & 1) == 1;
                cells[row][col] = on;
                cells[row][SIZE - 1 - col] = on;
                bit++;
            }
        }
        return new IdenticonPattern(cells, Byte.toUnsignedInt(digest[31]) % HUES);
    }

    public boolean on(int row, int col) {
        return cells[row][col];
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
