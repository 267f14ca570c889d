package org.alephdeploy.deploy.pack;

import java.util.zip.Deflater;

/** Squashfs's "gzip" compression: one zlib stream per block, kept only when it is smaller. */
final class Compression {
    /** The level mksquashfs uses for gzip by default. */
    static final int LEVEL = Deflater.BEST_COMPRESSION;

    private Compression() {
    }

    /**
     * Compresses {@code len} bytes of {@code in} into {@code out} (at least {@code len} long) and
     * returns the compressed length, or 0 when compressing does not make them smaller.
     */
    static int compress(Deflater deflater, byte[] in, int len, byte[] out) {
        deflater.reset();
        deflater.setInput(in, 0, len);
        deflater.finish();
        int n = 0;
        while (!deflater.finished() && n < len) {
            n += deflater.deflate(out, n, len - n);
        }
        return deflater.finished() && n < len ? n : 0;
    }
}
