package org.alephdeploy.deploy.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a program folder so that the same content always gives the same bytes, and so the same
 * item hash: entries in path order, one fixed time, no extra fields, no permissions, one
 * compression level. Bytes can still differ between JDKs whose bundled zlib compresses differently.
 */
public final class DeterministicZip {
    public static final String ZIP = "zip";
    public static final String SQUASHFS = "squashfs";
    public static final String PLAIN = "plain";

    /**
     * Written as the DOS date and time fields only; a local date-time keeps the time zone out. Not
     * 1980-01-01 00:00, which the JDK takes for "before 1980" and then adds a zoned extra field.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0, 0);
    private static final int LEVEL = Deflater.BEST_COMPRESSION;

    private DeterministicZip() {
    }

    public static void zip(Path folder, OutputStream out) throws IOException {
        Path root = folder.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new IOException("Cannot zip " + folder + ": it is not a folder. Give the folder that holds the program.");
        }
        TreeMap<String, Path> entries = entriesOf(root);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(LEVEL);
        for (var entry : entries.entrySet()) {
            String name = entry.getKey();
            ZipEntry zipEntry = new ZipEntry(name);
            zipEntry.setTimeLocal(ENTRY_TIME);
            if (name.endsWith("/")) {
                zipEntry.setMethod(ZipEntry.STORED);
                zipEntry.setSize(0);
                zipEntry.setCompressedSize(0);
                zipEntry.setCrc(new CRC32().getValue());
                zip.putNextEntry(zipEntry);
            } else {
                zipEntry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(zipEntry);
                try (InputStream in = Files.newInputStream(entry.getValue(), LinkOption.NOFOLLOW_LINKS)) {
                    in.transferTo(zip);
                }
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** Zips into a new owner-only temporary file; the caller deletes it when done. */
    public static Path zipToTemp(Path folder) throws IOException {
        Path temp = Files.createTempFile("aleph-deploy-", ".zip");
        try (OutputStream out = Files.newOutputStream(temp)) {
            zip(folder, out);
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
            head = in.readNBytes(4);
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
            return ZIP;
        }
        if (head.length == 4 && head[0] == 'h' && head[1] == 's' && head[2] == 'q' && head[3] == 's') {
            return SQUASHFS;
        }
        return PLAIN;
    }

    private static TreeMap<String, Path> entriesOf(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        TreeMap<String, Path> entries = new TreeMap<>();
        for (Path path : paths) {
            if (path.equals(root)) {
                continue;
            }
            String name = nameOf(root.relativize(path));
            if (Files.isSymbolicLink(path)) {
                throw new IOException("Cannot zip " + root + ": " + name + " is a symbolic link, and a program"
                        + " archive must hold real files. Replace the link with a copy of its target, or remove it.");
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(name + "/", path);
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                entries.put(name, path);
            } else {
                throw new IOException("Cannot zip " + root + ": " + name + " is neither a file nor a folder"
                        + " (a device, socket or pipe). Remove it from the program folder.");
            }
        }
        return entries;
    }

    private static String nameOf(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }
}
