package org.alephdeploy.deploy.pack;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * A squashfs metadata table being written: data cut into 8 KiB blocks, each compressed (zlib) when
 * that makes it smaller and prefixed by its 16-bit length (bit 15 set when stored as is). A place
 * in the table is the start of its block (relative to the table) and the offset inside the block.
 */
final class MetadataWriter {
    static final int BLOCK = 8192;
    private static final int UNCOMPRESSED = 0x8000;

    private final ByteArrayOutputStream table = new ByteArrayOutputStream();
    private final byte[] block = new byte[BLOCK];
    private final byte[] packed = new byte[BLOCK];
    private final Deflater deflater;
    private int fill;

    MetadataWriter(Deflater deflater) {
        this.deflater = deflater;
    }

    /** Where the next byte goes: the start of its block in the table. */
    long blockStart() {
        return table.size();
    }

    /** Where the next byte goes: its offset inside its (uncompressed) block. */
    int offset() {
        return fill;
    }

    void write(byte[] bytes) {
        int done = 0;
        while (done < bytes.length) {
            int n = Math.min(bytes.length - done, BLOCK - fill);
            System.arraycopy(bytes, done, block, fill, n);
            fill += n;
            done += n;
            if (fill == BLOCK) {
                flush();
            }
        }
    }

    /** The whole table, the last block closed. */
    byte[] finish() {
        if (fill > 0) {
            flush();
        }
        return table.toByteArray();
    }

    private void flush() {
        int n = Compression.compress(deflater, block, fill, packed);
        int header = n > 0 ? n : fill | UNCOMPRESSED;
        table.write(header & 0xff);
        table.write(header >>> 8);
        if (n > 0) {
            table.write(packed, 0, n);
        } else {
            table.write(block, 0, fill);
        }
        fill = 0;
    }
}
