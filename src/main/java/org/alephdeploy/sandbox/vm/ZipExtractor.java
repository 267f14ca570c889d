package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unzips an archive as {@code unzip -q} does in the guest: entries that would leave the target are
 * skipped, and Unix permission bits (and symbolic links) recorded by the archiver are kept.
 */
public final class ZipExtractor {
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private ZipExtractor() {
    }

    /** Extracts {@code zip} into {@code target}; returns how many entries were skipped as unsafe. */
    public static int extract(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        Map<String, Integer> modes = unixModes(zip);
        int skipped = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path p = root.resolve(e.getName()).normalize();
                if (!p.startsWith(root) || p.equals(root) && !e.isDirectory()) {
                    skipped++;
                    continue;
                }
                Integer mode = modes.get(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                    continue;
                }
                Files.createDirectories(p.getParent());
                if (mode != null && (mode & S_IFMT) == S_IFLNK) {
                    String link;
                    try (InputStream in = z.getInputStream(e)) {
                        link = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                    }
                    Files.deleteIfExists(p);
                    Files.createSymbolicLink(p, Path.of(link));
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    Files.delete(p);
                }
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                }
                if (mode != null && (mode & 0777) != 0) {
                    try {
                        Files.setPosixFilePermissions(p, SquashfsExtractor.permissions(mode));
                    } catch (UnsupportedOperationException ignored) {
                        // no POSIX permissions on this file system
                    }
                }
            }
        }
        return skipped;
    }

    /** Unix modes from the central directory (made-by host 3), by entry name; empty when unreadable. */
    static Map<String, Integer> unixModes(Path zip) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 65_557);
            ByteBuffer b = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(b, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (b.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                return out;
            }
            long cdSize = Integer.toUnsignedLong(b.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(b.getInt(eocd + 16));
            if (cdOffset + cdSize > size || cdSize > Integer.MAX_VALUE) {
                return out;
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(cd, cdOffset);
            int p = 0;
            while (p + 46 <= cdSize && cd.getInt(p) == 0x02014b50) {
                int madeBy = Short.toUnsignedInt(cd.getShort(p + 4));
                int nameLen = Short.toUnsignedInt(cd.getShort(p + 28));
                int extraLen = Short.toUnsignedInt(cd.getShort(p + 30));
                int commentLen = Short.toUnsignedInt(cd.getShort(p + 32));
                int external = cd.getInt(p + 38);
                if (p + 46 + nameLen > cdSize) {
                    break;
                }
                byte[] name = new byte[nameLen];
                cd.get(p + 46, name);
                int mode = external >>> 16;
                if (madeBy >> 8 == 3 && mode != 0) {
                    out.put(new String(name, StandardCharsets.UTF_8), mode);
                }
                p += 46 + nameLen + extraLen + commentLen;
            }
        }
        return out;
    }
}
