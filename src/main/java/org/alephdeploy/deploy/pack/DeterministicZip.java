package org.alephdeploy.deploy.pack;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.alephdeploy.message.ArchiveMagic;

/**
 * Zips a program folder so that the same content always gives the same bytes, and so the same
 * item hash: entries in path order, one fixed time, no extra fields, one compression level. Each
 * entry carries its Unix mode (made on Unix, mode in the external attributes), so executable files
 * stay executable when a compute node unzips the code. Bytes can still differ between JDKs whose
 * bundled zlib compresses differently.
 */
public final class DeterministicZip {
    public static final String ZIP = "zip";
    public static final String SQUASHFS = "squashfs";
    public static final String PLAIN = "plain";

    /** 1980-02-01 00:00 as the DOS date and time fields: a fixed local time, no time zone involved. */
    private static final int DOS_DATE = (2 << 5) | 1;
    private static final int DOS_TIME = 0;
    private static final int LEVEL = Deflater.BEST_COMPRESSION;
    private static final int VERSION = 20;
    private static final int MADE_ON_UNIX = 3 << 8;
    private static final int UTF8_NAMES = 0x0800;
    private static final int DATA_DESCRIPTOR = 0x0008;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int FOLDER_TYPE = 0040000;
    private static final int FILE_TYPE = 0100000;
    private static final int DOS_FOLDER = 0x10;
    private static final long MAX_32 = 0xFFFFFFFFL;

    private DeterministicZip() {
    }

    public static void zip(Path folder, OutputStream out) throws IOException {
        zip(FolderTree.scan(folder), out);
    }

    /** Zips what {@code tree} holds; symbolic links are refused (a program archive holds real files). */
    public static void zip(FolderTree tree, OutputStream out) throws IOException {
        new Writer(tree, out).write();
    }

    /** Zips into a new owner-only temporary file; the caller deletes it when done. */
    public static Path zipToTemp(Path folder) throws IOException {
        return zipToTemp(FolderTree.scan(folder));
    }

    /** Zips {@code tree} into a new temporary file; the caller deletes it when done. */
    public static Path zipToTemp(FolderTree tree) throws IOException {
        Path temp = Files.createTempFile("aleph-deploy-", ".zip");
        try (OutputStream out = Files.newOutputStream(temp)) {
            zip(tree, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** {@value #ZIP}, {@value #SQUASHFS} or {@value #PLAIN}, from the file's first bytes. */
    public static String encodingOf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ArchiveMagic.BYTES_NEEDED);
        }
        return switch (ArchiveMagic.of(head)) {
            case ZIP -> ZIP;
            case SQUASHFS -> SQUASHFS;
            case OTHER -> PLAIN;
        };
    }

    private static final class Writer {
        private final FolderTree tree;
        private final Counting out;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private final Deflater deflater = new Deflater(LEVEL, true);
        private final byte[] buf = new byte[1 << 16];
        private final byte[] chunk = new byte[1 << 16];
        private int entries;

        Writer(FolderTree tree, OutputStream out) {
            this.tree = tree;
            this.out = new Counting(out);
        }

        void write() throws IOException {
            try {
                writeChildren(tree.top());
                long centralStart = out.count;
                out.write(central.toByteArray());
                long centralSize = out.count - centralStart;
                if (entries > 0xFFFF || centralStart > MAX_32) {
                    throw tooLarge();
                }
                out.write(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                        .putShort((short) entries).putInt((int) centralSize).putInt((int) centralStart).putShort((short) 0)
                        .array());
                out.flush();
            } finally {
                deflater.end();
            }
        }

        private void writeChildren(FolderTree.Folder folder) throws IOException {
            for (FolderTree.Node child : folder.children()) {
                if (child instanceof FolderTree.Folder sub) {
                    writeFolder(sub);
                    writeChildren(sub);
                } else if (child instanceof FolderTree.File file) {
                    writeFile(file);
                } else {
                    throw new IOException("Cannot zip " + tree.root() + ": " + child.path() + " is a symbolic link, and a"
                            + " program archive must hold real files. Replace the link with a copy of its target, or remove it.");
                }
            }
        }

        private void writeFolder(FolderTree.Folder folder) throws IOException {
            byte[] name = (folder.path() + "/").getBytes(StandardCharsets.UTF_8);
            long offset = out.count;
            out.write(localHeader(name, 0, STORED, 0, 0, 0));
            addCentral(name, 0, STORED, 0, 0, 0, (FOLDER_TYPE | folder.mode()) << 16 | DOS_FOLDER, offset);
        }

        private void writeFile(FolderTree.File file) throws IOException {
            byte[] name = file.path().getBytes(StandardCharsets.UTF_8);
            long offset = out.count;
            out.write(localHeader(name, DATA_DESCRIPTOR, DEFLATED, 0, 0, 0));
            CRC32 crc = new CRC32();
            long size = 0;
            long start = out.count;
            deflater.reset();
            try (InputStream in = Files.newInputStream(file.source(), LinkOption.NOFOLLOW_LINKS)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    crc.update(buf, 0, n);
                    size += n;
                    deflater.setInput(buf, 0, n);
                    drain();
                }
            }
            deflater.finish();
            drainToEnd();
            long compressed = out.count - start;
            if (size > MAX_32 || compressed > MAX_32 || offset > MAX_32) {
                throw tooLarge();
            }
            int c = (int) crc.getValue();
            out.write(le(16).putInt(0x08074b50).putInt(c).putInt((int) compressed).putInt((int) size).array());
            addCentral(name, DATA_DESCRIPTOR, DEFLATED, c, compressed, size, (FILE_TYPE | file.mode()) << 16, offset);
        }

        /** Writes what the deflater has ready for the input given so far. */
        private void drain() throws IOException {
            while (!deflater.needsInput()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
        }

        /** Writes the rest of the compressed entry. */
        private void drainToEnd() throws IOException {
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
        }

        private byte[] localHeader(byte[] name, int flags, int method, int crc, long compressed, long size) {
            return le(30 + name.length).putInt(0x04034b50).putShort((short) VERSION).putShort((short) (flags | UTF8_NAMES))
                    .putShort((short) method).putShort((short) DOS_TIME).putShort((short) DOS_DATE).putInt(crc)
                    .putInt((int) compressed).putInt((int) size).putShort((short) name.length).putShort((short) 0)
                    .put(name).array();
        }

        private void addCentral(byte[] name, int flags, int method, int crc, long compressed, long size, int external,
                long offset) {
            entries++;
            central.writeBytes(le(46 + name.length).putInt(0x02014b50).putShort((short) (MADE_ON_UNIX | VERSION))
                    .putShort((short) VERSION).putShort((short) (flags | UTF8_NAMES)).putShort((short) method)
                    .putShort((short) DOS_TIME).putShort((short) DOS_DATE).putInt(crc).putInt((int) compressed)
                    .putInt((int) size).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(external).putInt((int) offset).put(name).array());
        }

        private IOException tooLarge() {
            return new IOException("Cannot zip " + tree.root() + ": it is too large for a zip (over 4 GiB or 65,535"
                    + " entries). Upload it as a squashfs image instead.");
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Counts what passes, so entries know their offsets. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
