package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.Arrays;

/**
 * A read-only squashfs 4.0 image with gzip (zlib) compression, read the way the kernel reads it: the
 * superblock, the metadata blocks of the inode and directory tables, the id table, the fragment table
 * and the data blocks. Written from the format's published layout; it only reads, never writes.
 */
public final class SquashfsImage implements AutoCloseable {
    static final int MAGIC = 0x73717368;
    private static final int GZIP = 1;
    private static final int METADATA_SIZE = 8192;
    private static final int FLAG_COMPRESSOR_OPTIONS = 0x0400;
    private static final long NO_FRAGMENT = 0xFFFFFFFFL;
    private static final int DATA_UNCOMPRESSED = 1 << 24;

    /** The image is not a squashfs 4.0 image this reader can read. */
    public static final class FormatException extends IOException {
        FormatException(String message) {
            super(message);
        }
    }

    /** Inode kinds (basic and extended are folded together). */
    public enum Kind { DIRECTORY, FILE, SYMLINK, OTHER }

    /** One inode: its kind, permission bits, owner ids, mtime, and what the kind needs. */
    public record Inode(Kind kind, int mode, long uid, long gid, long mtime,
            long dirBlock, int dirOffset, long dirSize,
            long blocksStart, long fileSize, long fragment, int fragmentOffset, long[] blockSizes,
            String target) {
    }

    /** A directory entry: its name and the reference of its inode. */
    public record Entry(String name, long inodeRef) {
    }

    private final FileChannel channel;
    private final long size;
    private final int blockSize;
    private final int inodeCount;
    private final long rootInode;
    private final long bytesUsed;
    private final long idTableStart;
    private final long inodeTableStart;
    private final long directoryTableStart;
    private final long fragmentTableStart;
    private final int fragmentCount;
    private final int idCount;
    private final long[] ids;
    private final long[][] fragments;
    private final Map<Long, byte[]> metadata = new HashMap<>();
    private final Map<Long, Long> metadataNext = new HashMap<>();

    private SquashfsImage(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
        if (size < 96 || read(0, 4).getInt(0) != MAGIC) {
            throw new FormatException("not a squashfs image (no 'hsqs' magic at offset 0)");
        }
        ByteBuffer sb = read(0, 96);
        if (sb.getInt(0) != MAGIC) {
            throw new FormatException("not a squashfs image (no 'hsqs' magic at offset 0)");
        }
        inodeCount = sb.getInt(4);
        blockSize = sb.getInt(12);
        fragmentCount = sb.getInt(16);
        int compression = Short.toUnsignedInt(sb.getShort(20));
        int blockLog = Short.toUnsignedInt(sb.getShort(22));
        int flags = Short.toUnsignedInt(sb.getShort(24));
        idCount = Short.toUnsignedInt(sb.getShort(26));
        int major = Short.toUnsignedInt(sb.getShort(28));
        int minor = Short.toUnsignedInt(sb.getShort(30));
        rootInode = sb.getLong(32);
        bytesUsed = sb.getLong(40);
        idTableStart = sb.getLong(48);
        inodeTableStart = sb.getLong(64);
        directoryTableStart = sb.getLong(72);
        fragmentTableStart = sb.getLong(80);
        if (major != 4 || minor != 0) {
            throw new FormatException("squashfs version " + major + "." + minor + " is not 4.0");
        }
        if (compression != GZIP) {
            throw new FormatException("squashfs compression " + compression + " is not gzip (1)");
        }
        if (blockSize < 4096 || blockSize > 1 << 20 || 1 << blockLog != blockSize) {
            throw new FormatException("squashfs block size " + blockSize + " is invalid");
        }
        if (bytesUsed > size || inodeTableStart >= bytesUsed || directoryTableStart >= bytesUsed
                || idTableStart >= bytesUsed) {
            throw new FormatException("squashfs tables point past the end of the image (" + size + " bytes)");
        }
        if ((flags & FLAG_COMPRESSOR_OPTIONS) != 0) {
            metadataBlock(96); // gzip options are advisory; reading them checks the block is sound
        }
        ids = readIds();
        fragments = readFragments();
    }

    /** Opens an image; throws {@link FormatException} when it is not a readable squashfs 4.0 gzip image. */
    public static SquashfsImage open(Path image) throws IOException {
        FileChannel ch = FileChannel.open(image, StandardOpenOption.READ);
        try {
            return new SquashfsImage(ch);
        } catch (IOException | RuntimeException e) {
            ch.close();
            if (e instanceof FormatException f) {
                throw f;
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw new FormatException("corrupted squashfs image: " + e);
        }
    }

    /** True when the file starts with the squashfs magic (little-endian 'hsqs'). */
    public static boolean hasMagic(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            while (b.hasRemaining() && ch.read(b) > 0) {
                // fill
            }
            return !b.hasRemaining() && b.getInt(0) == MAGIC;
        }
    }

    public int blockSize() {
        return blockSize;
    }

    public int inodeCount() {
        return inodeCount;
    }

    public long rootInodeRef() {
        return rootInode;
    }

    public Inode inode(long ref) throws IOException {
        MetaReader r = new MetaReader(inodeTableStart + (ref >>> 16), (int) (ref & 0xFFFF));
        int type = r.u16();
        int mode = r.u16();
        long uid = id(r.u16());
        long gid = id(r.u16());
        long mtime = r.u32();
        r.u32(); // inode number
        switch (type) {
            case 1 -> {
                long block = r.u32();
                r.u32(); // link count
                long fileSize = r.u16();
                int offset = r.u16();
                r.u32(); // parent inode
                return dir(mode, uid, gid, mtime, block, offset, fileSize);
            }
            case 8 -> {
                r.u32(); // link count
                long fileSize = r.u32();
                long block = r.u32();
                r.u32(); // parent inode
                r.u16(); // index count: the index only speeds up lookups
                int offset = r.u16();
                return dir(mode, uid, gid, mtime, block, offset, fileSize);
            }
            case 2 -> {
                long start = r.u32();
                long frag = r.u32();
                int fragOffset = (int) r.u32();
                long fileSize = r.u32();
                return file(r, mode, uid, gid, mtime, start, fileSize, frag, fragOffset);
            }
            case 9 -> {
                long start = r.u64();
                long fileSize = r.u64();
                r.u64(); // sparse bytes
                r.u32(); // link count
                long frag = r.u32();
                int fragOffset = (int) r.u32();
                r.u32(); // xattr index
                return file(r, mode, uid, gid, mtime, start, fileSize, frag, fragOffset);
            }
            case 3, 10 -> {
                r.u32(); // link count
                int len = (int) r.u32();
                if (len > 65536) {
                    throw new FormatException("symlink target of " + len + " bytes");
                }
                String target = new String(r.bytes(len), StandardCharsets.UTF_8);
                return new Inode(Kind.SYMLINK, mode, uid, gid, mtime, 0, 0, 0, 0, 0, NO_FRAGMENT, 0, null, target);
            }
            case 4, 5, 6, 7, 11, 12, 13, 14 -> {
                return new Inode(Kind.OTHER, mode, uid, gid, mtime, 0, 0, 0, 0, 0, NO_FRAGMENT, 0, null, null);
            }
            default -> throw new FormatException("unknown inode type " + type);
        }
    }

    private static Inode dir(int mode, long uid, long gid, long mtime, long block, int offset, long fileSize) {
        return new Inode(Kind.DIRECTORY, mode, uid, gid, mtime, block, offset, fileSize, 0, 0, NO_FRAGMENT, 0, null, null);
    }

    private Inode file(MetaReader r, int mode, long uid, long gid, long mtime, long start, long fileSize, long frag,
            int fragOffset) throws IOException {
        long full = fileSize / blockSize;
        long count = frag == NO_FRAGMENT ? (fileSize + blockSize - 1) / blockSize : full;
        if (count > Integer.MAX_VALUE / 8 || start > size) {
            throw new FormatException("file of " + fileSize + " bytes does not fit the image");
        }
        long[] sizes = new long[(int) count];
        for (int i = 0; i < count; i++) {
            sizes[i] = r.u32();
        }
        return new Inode(Kind.FILE, mode, uid, gid, mtime, 0, 0, 0, start, fileSize, frag, fragOffset, sizes, null);
    }

    /** The entries of a directory inode, in image order (sorted by name), without "." and "..". */
    public List<Entry> list(Inode dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        long remaining = dir.dirSize() - 3;
        if (remaining <= 0) {
            return out;
        }
        MetaReader r = new MetaReader(directoryTableStart + dir.dirBlock(), dir.dirOffset());
        while (remaining > 0) {
            long count = r.u32() + 1;
            long inodeBlock = r.u32();
            r.u32(); // base inode number
            remaining -= 12;
            if (count > 256) {
                throw new FormatException("directory header with " + count + " entries");
            }
            for (long i = 0; i < count; i++) {
                int offset = r.u16();
                r.u16(); // inode number delta
                r.u16(); // entry type (the inode says it again)
                int nameSize = r.u16() + 1;
                String name = new String(r.bytes(nameSize), StandardCharsets.UTF_8);
                remaining -= 8 + nameSize;
                out.add(new Entry(name, inodeBlock << 16 | offset));
            }
        }
        return out;
    }

    /** Streams a regular file's bytes to {@code sink}, block by block. */
    public void readFile(Inode file, BlockSink sink) throws IOException {
        long pos = file.blocksStart();
        long left = file.fileSize();
        for (long stored : file.blockSizes()) {
            int want = (int) Math.min(blockSize, left);
            int len = (int) (stored & (DATA_UNCOMPRESSED - 1));
            byte[] block;
            if (len == 0) {
                block = new byte[want];
            } else if ((stored & DATA_UNCOMPRESSED) != 0) {
                block = bytes(pos, len);
            } else {
                block = inflate(bytes(pos, len), blockSize);
            }
            if (block.length < want) {
                throw new FormatException("data block holds " + block.length + " bytes, expected " + want);
            }
            sink.accept(block, want);
            pos += len;
            left -= want;
        }
        if (left > 0) {
            if (file.fragment() == NO_FRAGMENT || file.fragment() >= fragments.length) {
                throw new FormatException("file tail of " + left + " bytes has no fragment");
            }
            long[] f = fragments[(int) file.fragment()];
            int len = (int) (f[1] & (DATA_UNCOMPRESSED - 1));
            byte[] block = (f[1] & DATA_UNCOMPRESSED) != 0 ? bytes(f[0], len) : inflate(bytes(f[0], len), blockSize);
            if (file.fragmentOffset() + left > block.length) {
                throw new FormatException("file tail runs past its fragment block");
            }
            byte[] tail = new byte[(int) left];
            System.arraycopy(block, file.fragmentOffset(), tail, 0, (int) left);
            sink.accept(tail, tail.length);
        }
    }

    /** Receives consecutive chunks of a file: the first {@code length} bytes of {@code block}. */
    @FunctionalInterface
    public interface BlockSink {
        void accept(byte[] block, int length) throws IOException;
    }

    private long id(int index) throws FormatException {
        if (index >= ids.length) {
            throw new FormatException("id index " + index + " outside the id table of " + ids.length);
        }
        return ids[index];
    }

    private long[] readIds() throws IOException {
        long[] out = new long[idCount];
        int blocks = (idCount * 4 + METADATA_SIZE - 1) / METADATA_SIZE;
        ByteBuffer index = read(idTableStart, blocks * 8);
        int n = 0;
        for (int b = 0; b < blocks; b++) {
            MetaReader r = new MetaReader(index.getLong(b * 8), 0);
            for (int i = 0; i < METADATA_SIZE / 4 && n < idCount; i++) {
                out[n++] = r.u32();
            }
        }
        return out;
    }

    private long[][] readFragments() throws IOException {
        long[][] out = new long[fragmentCount][];
        if (fragmentCount == 0) {
            return out;
        }
        int blocks = (fragmentCount * 16 + METADATA_SIZE - 1) / METADATA_SIZE;
        ByteBuffer index = read(fragmentTableStart, blocks * 8);
        int n = 0;
        for (int b = 0; b < blocks; b++) {
            MetaReader r = new MetaReader(index.getLong(b * 8), 0);
            for (int i = 0; i < METADATA_SIZE / 16 && n < fragmentCount; i++) {
                long start = r.u64();
                long sizeField = r.u32();
                r.u32(); // unused
                out[n++] = new long[] {start, sizeField};
            }
        }
        return out;
    }

    /** Reads metadata (8 KiB blocks, each with a 2-byte header) as one continuous stream. */
    private final class MetaReader {
        private long block;
        private byte[] data;
        private int pos;

        MetaReader(long block, int offset) throws IOException {
            this.block = block;
            this.data = metadataBlock(block);
            if (offset > data.length) {
                throw new FormatException("metadata offset " + offset + " past its block of " + data.length);
            }
            this.pos = offset;
        }

        private int u8() throws IOException {
            while (pos >= data.length) {
                block = metadataNext.get(block);
                data = metadataBlock(block);
                pos = 0;
            }
            return data[pos++] & 0xFF;
        }

        int u16() throws IOException {
            return u8() | u8() << 8;
        }

        long u32() throws IOException {
            return u16() | (long) u16() << 16;
        }

        long u64() throws IOException {
            return u32() | u32() << 32;
        }

        byte[] bytes(int n) throws IOException {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) u8();
            }
            return out;
        }
    }

    private byte[] metadataBlock(long at) throws IOException {
        byte[] cached = metadata.get(at);
        if (cached != null) {
            return cached;
        }
        if (at < 0 || at + 2 > size) {
            throw new FormatException("metadata block at " + at + " is outside the image");
        }
        int header = Short.toUnsignedInt(read(at, 2).getShort(0));
        int len = header & 0x7FFF;
        if (len == 0 || len > METADATA_SIZE) {
            throw new FormatException("metadata block at " + at + " has size " + len);
        }
        byte[] raw = bytes(at + 2, len);
        byte[] data = (header & 0x8000) != 0 ? raw : inflate(raw, METADATA_SIZE);
        metadata.put(at, data);
        metadataNext.put(at, at + 2 + len);
        return data;
    }

    private byte[] bytes(long at, int len) throws IOException {
        ByteBuffer b = read(at, len);
        byte[] out = new byte[len];
        b.get(0, out);
        return out;
    }

    private ByteBuffer read(long at, int len) throws IOException {
        if (at < 0 || len < 0 || at + len > size) {
            throw new FormatException("read of " + len + " bytes at " + at + " is outside the image (" + size + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        long p = at;
        while (b.hasRemaining()) {
            int n = channel.read(b, p);
            if (n < 0) {
                throw new FormatException("unexpected end of image at " + p);
            }
            p += n;
        }
        return b;
    }

    private static byte[] inflate(byte[] in, int max) throws FormatException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(in);
            byte[] out = new byte[max];
            int n = 0;
            while (!inf.finished() && n < max) {
                int k = inf.inflate(out, n, max - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new FormatException("truncated zlib block");
                }
                n += k;
            }
            if (!inf.finished()) {
                throw new FormatException("zlib block inflates past " + max + " bytes");
            }
            return n == max ? out : Arrays.copyOf(out, n);
        } catch (DataFormatException e) {
            throw new FormatException("corrupted zlib block: " + e.getMessage());
        } finally {
            inf.end();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
