package org.alephdeploy.deploy.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the {@link ArchiveListing} of a folder (its regular files and their executable bits) or of
 * a zip (its central directory only, with the Unix modes of entries made on Unix). Squashfs images
 * and other files have no listing here.
 */
public final class ArchiveListings {
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int UNIX_HOST = 3;
    private static final int ANY_EXECUTE = 0111;

    private ArchiveListings() {
    }

    public static ArchiveListing ofFolder(Path folder) throws IOException {
        Path root = folder.toRealPath();
        boolean posix = Files.getFileAttributeView(root, PosixFileAttributeView.class) != null;
        Set<String> files = new HashSet<>();
        Set<String> executables = new HashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                files.add(name);
                if (posix) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                    if (perms.contains(PosixFilePermission.OWNER_EXECUTE) || perms.contains(PosixFilePermission.GROUP_EXECUTE)
                            || perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        executables.add(name);
                    }
                }
            }
        }
        return new ArchiveListing(files, executables, posix);
    }

    /** The listing of a zip file, or null when its central directory cannot be read (ZIP64, damaged). */
    public static ArchiveListing ofZip(Path zip) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < EOCD_SIZE) {
                return null;
            }
            int tailLength = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
            ByteBuffer tail = read(ch, size - tailLength, tailLength);
            int eocd = -1;
            for (int i = tailLength - EOCD_SIZE; i >= 0; i--) {
                if (tail.getInt(i) == EOCD_SIGNATURE) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                return null;
            }
            long count = Short.toUnsignedLong(tail.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
            if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL || cdOffset + cdSize > size
                    || cdSize > Integer.MAX_VALUE) {
                return null;
            }
            return entries(read(ch, cdOffset, (int) cdSize), count);
        }
    }

    private static ArchiveListing entries(ByteBuffer cd, long count) {
        Set<String> files = new HashSet<>();
        Set<String> executables = new HashSet<>();
        boolean modesKnown = count > 0;
        int at = 0;
        for (long n = 0; n < count; n++) {
            if (at + 46 > cd.limit() || cd.getInt(at) != CENTRAL_SIGNATURE) {
                return null;
            }
            int host = (cd.getShort(at + 4) >> 8) & 0xFF;
            int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(cd.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(cd.getShort(at + 32));
            int mode = cd.getInt(at + 38) >>> 16;
            if (at + 46 + nameLength > cd.limit()) {
                return null;
            }
            byte[] nameBytes = new byte[nameLength];
            cd.get(at + 46, nameBytes);
            String name = ArchiveListing.normalize(new String(nameBytes, StandardCharsets.UTF_8));
            if (!name.endsWith("/") && !name.isEmpty()) {
                files.add(name);
                if (host == UNIX_HOST && (mode & ANY_EXECUTE) != 0) {
                    executables.add(name);
                }
            }
            modesKnown &= host == UNIX_HOST && mode != 0;
            at += 46 + nameLength + extraLength + commentLength;
        }
        return new ArchiveListing(files, executables, modesKnown);
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                throw new IOException("unexpected end of the zip file");
            }
        }
        return buf.flip();
    }
}
