package org.alephdeploy.deploy.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;

/**
 * Writes a {@link FolderTree} as a squashfs 4.0 image, gzip (zlib) compressed, 128 KiB blocks: the
 * format every Linux kernel mounts and compute nodes require for volumes and runtimes.
 *
 * <p>The same tree always gives the same bytes: entries in name order, time 0, owner and group 0
 * (root), modes as {@link FolderTree} normalises them, no fragments (each file's tail is a short
 * block of its own), no export or extended-attribute tables. File contents are streamed: the data
 * blocks are written first, compressed on a few threads but written in order, then the inode,
 * directory and id tables, kept in memory (metadata only), then the superblock at the start.
 */
public final class SquashfsWriter {
    static final int BLOCK_SIZE = 128 * 1024;
    private static final int BLOCK_LOG = 17;
    private static final int SUPERBLOCK_SIZE = 96;
    private static final int MAGIC = 0x73717368;
    private static final short GZIP = 1;
    private static final short NO_FRAGMENTS = 0x0010;
    private static final short NO_XATTRS = 0x0200;
    private static final long NO_TABLE = -1L;
    private static final int NO_FRAGMENT = -1;
    private static final int UNCOMPRESSED_BLOCK = 1 << 24;
    private static final int PAD_TO = 4096;
    private static final int MAX_HEADER_ENTRIES = 256;

    private static final short BASIC_DIR = 1;
    private static final short BASIC_FILE = 2;
    private static final short BASIC_SYMLINK = 3;
    private static final short EXTENDED_DIR = 8;
    private static final short EXTENDED_FILE = 9;

    private final FileChannel out;
    private final int threads;
    private final Deflater deflater = new Deflater(Compression.LEVEL);
    private final MetadataWriter inodes = new MetadataWriter(deflater);
    private final MetadataWriter directories = new MetadataWriter(deflater);
    // by identity: a folder record's own hash would walk its whole subtree
    private final Map<FolderTree.Node, Integer> numbers = new IdentityHashMap<>();
    private final Map<FolderTree.File, FileBlocks> blocks = new IdentityHashMap<>();
    private int inodeCount;

    private SquashfsWriter(FileChannel out, int threads) {
        this.out = out;
        this.threads = threads;
    }

    /** Writes {@code tree} to {@code image} (created or replaced). */
    public static void write(FolderTree tree, Path image) throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            SquashfsWriter writer = new SquashfsWriter(channel, threads);
            try {
                writer.writeImage(tree.top());
            } finally {
                writer.deflater.end();
            }
        }
    }

    /** Writes {@code tree} into a new temporary image; the caller deletes it when done. */
    public static Path writeToTemp(FolderTree tree) throws IOException {
        Path temp = Files.createTempFile("aleph-deploy-", ".squashfs");
        try {
            write(tree, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    private void writeImage(FolderTree.Folder top) throws IOException {
        number(top);
        out.position(SUPERBLOCK_SIZE);
        writeData(top);
        long rootRef = writeFolder(top, inodeCount + 1);

        long inodeTableStart = out.position();
        writeFully(inodes.finish());
        long directoryTableStart = out.position();
        writeFully(directories.finish());
        long idBlockStart = out.position();
        MetadataWriter ids = new MetadataWriter(deflater);
        ids.write(le(4).putInt(0).array());
        writeFully(ids.finish());
        long idTableStart = out.position();
        writeFully(le(8).putLong(idBlockStart).array());
        long bytesUsed = out.position();
        long padded = (bytesUsed + PAD_TO - 1) / PAD_TO * PAD_TO;
        writeFully(new byte[(int) (padded - bytesUsed)]);

        ByteBuffer sb = le(SUPERBLOCK_SIZE);
        sb.putInt(MAGIC).putInt(inodeCount).putInt(0).putInt(BLOCK_SIZE).putInt(0);
        sb.putShort(GZIP).putShort((short) BLOCK_LOG).putShort((short) (NO_FRAGMENTS | NO_XATTRS)).putShort((short) 1);
        sb.putShort((short) 4).putShort((short) 0);
        sb.putLong(rootRef).putLong(bytesUsed).putLong(idTableStart).putLong(NO_TABLE);
        sb.putLong(inodeTableStart).putLong(directoryTableStart).putLong(idBlockStart).putLong(NO_TABLE);
        out.position(0);
        writeFully(sb.array());
    }

    /** Inode numbers in the order the inodes are written: a folder after everything it holds. */
    private void number(FolderTree.Folder folder) {
        for (FolderTree.Node child : folder.children()) {
            if (child instanceof FolderTree.Folder sub) {
                number(sub);
            } else {
                numbers.put(child, ++inodeCount);
            }
        }
        numbers.put(folder, ++inodeCount);
    }

    // ---- data blocks

    private record Pending(FolderTree.File file, boolean first, Future<byte[]> packed, int rawLength) {
    }

    /** Where a file's blocks start in the image and each block's on-disk size word. */
    private static final class FileBlocks {
        long start;
        final List<Integer> sizes = new ArrayList<>();
    }

    private void writeData(FolderTree.Folder top) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "squashfs-compress");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Pending> pending = new ArrayDeque<>();
        try {
            for (FolderTree.File file : filesInOrder(top, new ArrayList<>())) {
                FileBlocks fb = new FileBlocks();
                blocks.put(file, fb);
                try (InputStream in = Files.newInputStream(file.source(), LinkOption.NOFOLLOW_LINKS)) {
                    long left = file.size();
                    boolean first = true;
                    while (left > 0) {
                        int len = (int) Math.min(BLOCK_SIZE, left);
                        byte[] raw = new byte[len];
                        if (in.readNBytes(raw, 0, len) != len) {
                            throw changed(file);
                        }
                        left -= len;
                        if (pending.size() >= threads * 2) {
                            writeBlock(pending.removeFirst());
                        }
                        pending.addLast(new Pending(file, first, pool.submit(() -> packBlock(raw)), len));
                        first = false;
                    }
                    if (in.read() >= 0) {
                        throw changed(file);
                    }
                }
            }
            while (!pending.isEmpty()) {
                writeBlock(pending.removeFirst());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The block as written: compressed, or the raw bytes when compressing does not shrink them. */
    private static byte[] packBlock(byte[] raw) {
        byte[] packed = new byte[raw.length];
        Deflater d = new Deflater(Compression.LEVEL);
        int n;
        try {
            n = Compression.compress(d, raw, raw.length, packed);
        } finally {
            d.end();
        }
        if (n == 0) {
            return raw;
        }
        byte[] exact = new byte[n];
        System.arraycopy(packed, 0, exact, 0, n);
        return exact;
    }

    private void writeBlock(Pending p) throws IOException {
        byte[] bytes;
        try {
            bytes = p.packed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Packing was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IOException("Compressing " + p.file().path() + " failed: " + e.getCause().getMessage(), e.getCause());
        }
        FileBlocks fb = blocks.get(p.file());
        if (p.first()) {
            fb.start = out.position();
        }
        // a compressed block is always shorter than its raw bytes (Compression keeps it only then)
        boolean stored = bytes.length == p.rawLength();
        fb.sizes.add(stored ? bytes.length | UNCOMPRESSED_BLOCK : bytes.length);
        writeFully(bytes);
    }

    private static IOException changed(FolderTree.File file) {
        return new IOException(file.source() + " changed while it was being packed. Wait until nothing writes to"
                + " the folder, then try again.");
    }

    private static List<FolderTree.File> filesInOrder(FolderTree.Folder folder, List<FolderTree.File> into) {
        for (FolderTree.Node child : folder.children()) {
            if (child instanceof FolderTree.Folder sub) {
                filesInOrder(sub, into);
            } else if (child instanceof FolderTree.File file) {
                into.add(file);
            }
        }
        return into;
    }

    // ---- inodes and directories

    /** Writes the folder's subtree, its listing and its inode; returns the inode's reference. */
    private long writeFolder(FolderTree.Folder folder, int parentNumber) {
        int number = numbers.get(folder);
        List<Entry> entries = new ArrayList<>();
        int subfolders = 0;
        for (FolderTree.Node child : folder.children()) {
            long ref;
            short type;
            if (child instanceof FolderTree.Folder sub) {
                ref = writeFolder(sub, number);
                type = BASIC_DIR;
                subfolders++;
            } else if (child instanceof FolderTree.File file) {
                ref = writeFile(file);
                type = BASIC_FILE;
            } else {
                ref = writeLink((FolderTree.Link) child);
                type = BASIC_SYMLINK;
            }
            entries.add(new Entry(ref, numbers.get(child), type, child.nameBytes()));
        }
        byte[] listing = listing(entries);
        long listingBlock = directories.blockStart();
        int listingOffset = directories.offset();
        directories.write(listing);
        long fileSize = listing.length + 3L;

        long ref = inodeRef();
        if (fileSize <= 0xFFFF) {
            ByteBuffer b = header(BASIC_DIR, folder.mode(), number, 16);
            b.putInt((int) listingBlock).putInt(2 + subfolders).putShort((short) fileSize)
                    .putShort((short) listingOffset).putInt(parentNumber);
            inodes.write(b.array());
        } else {
            ByteBuffer b = header(EXTENDED_DIR, folder.mode(), number, 24);
            b.putInt(2 + subfolders).putInt((int) fileSize).putInt((int) listingBlock).putInt(parentNumber)
                    .putShort((short) 0).putShort((short) listingOffset).putInt(-1);
            inodes.write(b.array());
        }
        return ref;
    }

    private record Entry(long ref, int number, short type, byte[] name) {
        long block() {
            return ref >>> 16;
        }
    }

    /**
     * A folder's listing: runs of entries under a header naming the metadata block that holds
     * their inodes and a base inode number; a new run starts when the block changes, the run is
     * full, or a number is too far from the base for the 16-bit difference.
     */
    private static byte[] listing(List<Entry> entries) {
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        int i = 0;
        while (i < entries.size()) {
            Entry first = entries.get(i);
            int end = i + 1;
            while (end < entries.size() && end - i < MAX_HEADER_ENTRIES
                    && entries.get(end).block() == first.block()
                    && Math.abs(entries.get(end).number() - first.number()) <= Short.MAX_VALUE) {
                end++;
            }
            listing.writeBytes(le(12).putInt(end - i - 1).putInt((int) first.block()).putInt(first.number()).array());
            for (int k = i; k < end; k++) {
                Entry e = entries.get(k);
                ByteBuffer b = le(8 + e.name().length);
                b.putShort((short) (e.ref() & 0xFFFF)).putShort((short) (e.number() - first.number()))
                        .putShort(e.type()).putShort((short) (e.name().length - 1)).put(e.name());
                listing.writeBytes(b.array());
            }
            i = end;
        }
        return listing.toByteArray();
    }

    private long writeFile(FolderTree.File file) {
        long ref = inodeRef();
        FileBlocks fb = blocks.get(file);
        List<Integer> sizes = fb.sizes;
        boolean basic = fb.start <= 0xFFFFFFFFL && file.size() <= 0xFFFFFFFFL;
        ByteBuffer b;
        if (basic) {
            b = header(BASIC_FILE, file.mode(), numbers.get(file), 16 + 4 * sizes.size());
            b.putInt((int) fb.start).putInt(NO_FRAGMENT).putInt(0).putInt((int) file.size());
        } else {
            b = header(EXTENDED_FILE, file.mode(), numbers.get(file), 40 + 4 * sizes.size());
            b.putLong(fb.start).putLong(file.size()).putLong(0).putInt(1).putInt(NO_FRAGMENT).putInt(0).putInt(-1);
        }
        for (int size : sizes) {
            b.putInt(size);
        }
        inodes.write(b.array());
        return ref;
    }

    private long writeLink(FolderTree.Link link) {
        long ref = inodeRef();
        byte[] target = link.target().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = header(BASIC_SYMLINK, link.mode(), numbers.get(link), 8 + target.length);
        b.putInt(1).putInt(target.length).put(target);
        inodes.write(b.array());
        return ref;
    }

    private long inodeRef() {
        return inodes.blockStart() << 16 | inodes.offset();
    }

    /** The 16-byte header every inode starts with, in a buffer with room for {@code rest} more bytes. */
    private static ByteBuffer header(short type, int mode, int number, int rest) {
        return le(16 + rest).putShort(type).putShort((short) (mode & 07777)).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt(number);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void writeFully(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }
}
