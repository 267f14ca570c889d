package org.alephdeploy.sandbox.vm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Extracts a squashfs image into a directory, as mounting it read-only would show it: regular files
 * with their bytes, directories, symbolic links, permission bits and modification times. Device
 * nodes, fifos and sockets are skipped (a process cannot make them unprivileged). Names that would
 * leave the target directory are refused.
 */
public final class SquashfsExtractor {
    private SquashfsExtractor() {
    }

    /** What an extraction wrote. */
    public record Summary(int files, int directories, int symlinks, int skipped, long bytes) {
    }

    public static Summary extract(Path image, Path target) throws IOException {
        Files.createDirectories(target);
        int[] counts = new int[4];
        long[] bytes = new long[1];
        Deque<Runnable> modes = new ArrayDeque<>();
        Set<Long> seenDirs = new HashSet<>();
        try (SquashfsImage img = SquashfsImage.open(image)) {
            SquashfsImage.Inode root = img.inode(img.rootInodeRef());
            if (root.kind() != SquashfsImage.Kind.DIRECTORY) {
                throw new SquashfsImage.FormatException("the root inode is not a directory");
            }
            walk(img, root, img.rootInodeRef(), target, counts, bytes, modes, seenDirs);
        }
        // directories last, deepest first, so a read-only directory does not block its own extraction
        while (!modes.isEmpty()) {
            modes.pop().run();
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], bytes[0]);
    }

    private static void walk(SquashfsImage img, SquashfsImage.Inode dir, long dirRef, Path into, int[] counts,
            long[] bytes, Deque<Runnable> modes, Set<Long> seenDirs) throws IOException {
        if (!seenDirs.add(dirRef)) {
            throw new SquashfsImage.FormatException("directory loop in the image");
        }
        counts[1]++;
        modes.push(() -> applyMode(into, dir.mode(), dir.mtime()));
        for (SquashfsImage.Entry e : img.list(dir)) {
            String name = e.name();
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.indexOf('\0') >= 0) {
                throw new SquashfsImage.FormatException("unsafe entry name '" + name + "' in the image");
            }
            Path p = into.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(p.toString(), null, "the image lists this name twice");
            }
            SquashfsImage.Inode inode = img.inode(e.inodeRef());
            switch (inode.kind()) {
                case DIRECTORY -> {
                    Files.createDirectory(p);
                    walk(img, inode, e.inodeRef(), p, counts, bytes, modes, seenDirs);
                }
                case FILE -> {
                    try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                        img.readFile(inode, (block, length) -> out.write(block, 0, length));
                    }
                    bytes[0] += inode.fileSize();
                    counts[0]++;
                    applyMode(p, inode.mode(), inode.mtime());
                }
                case SYMLINK -> {
                    Files.createSymbolicLink(p, Path.of(inode.target()));
                    counts[2]++;
                }
                case OTHER -> counts[3]++;
                default -> throw new IllegalStateException(inode.kind().toString());
            }
        }
    }

    private static void applyMode(Path p, int mode, long mtime) {
        try {
            Files.setLastModifiedTime(p, FileTime.fromMillis(mtime * 1000));
            Files.setPosixFilePermissions(p, permissions(mode));
        } catch (UnsupportedOperationException | IOException ignored) {
            // a file system without POSIX permissions keeps its defaults
        }
    }

    /** The rwx bits of a Unix mode as NIO permissions (setuid, setgid and sticky cannot be set here). */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        for (int i = 0; i < order.length; i++) {
            if ((mode & 1 << i) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }
}
