package org.alephdeploy.message;

import java.io.InputStream;

/** Generated test content, byte i = (31 i + i / 256) mod 256 (or all zeros), never held whole. */
final class PatternStream extends InputStream {
    private final boolean zeros;
    private long position;
    long remaining;
    int largestRead;

    PatternStream(long size) {
        this(size, false);
    }

    private PatternStream(long size, boolean zeros) {
        this.remaining = size;
        this.zeros = zeros;
    }

    static PatternStream zeros(long size) {
        return new PatternStream(size, true);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining == 0) {
            return -1;
        }
        int count = (int) Math.min(length, remaining);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = zeros ? 0 : (byte) (position * 31 + (position >>> 8));
            position++;
        }
        remaining -= count;
        largestRead = Math.max(largestRead, count);
        return count;
    }
}
