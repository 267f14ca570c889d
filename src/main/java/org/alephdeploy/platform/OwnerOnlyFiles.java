package org.alephdeploy.platform;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;

/**
 * Directories (700) and files (600) readable by their owner only, from the moment they exist; where
 * the file system has no POSIX permissions (Windows), an access list granting the owner alone.
 */
public final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and parents) owner-only, and tightens it if it already exists. */
    public static Path directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                if (POSIX) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIR));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException e) {
                // created concurrently: tightened below
            }
        }
        if (POSIX) {
            Files.setPosixFilePermissions(dir, DIR);
        } else {
            ownerOnlyAcl(dir, true);
        }
        return dir;
    }

    /**
     * Writes {@code bytes} to {@code target} atomically: a 600 temp file in the same directory,
     * forced to disk, then moved over the target.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, out -> out.write(bytes));
    }

    /** What {@link #writeAtomically(Path, Content)} writes, streamed (no copy of the whole file in memory). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As {@link #writeAtomically(Path, byte[])}, with the content streamed to the temp file. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = POSIX
                ? Files.createTempFile(dir, ".tmp-", ".part", new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)})
                : Files.createTempFile(dir, ".tmp-", ".part");
        try {
            if (!POSIX) {
                ownerOnlyAcl(tmp, false);
            }
            try (var ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                // closing what the content writes to only flushes it: the channel is forced before it closes
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Forces a directory's entries to disk, so that a file just created or renamed into it survives
     * a power cut. Systems that cannot open a directory for this (Windows) make their renames
     * durable by themselves; the failure is ignored there.
     */
    public static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this system: nothing more can be done from Java
        }
    }

    /** Replaces the access list of {@code path} with one entry: its owner, every right (inherited by a directory's children). */
    static void ownerOnlyAcl(Path path, boolean directory) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        UserPrincipal owner = view.getOwner();
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(entry.build()));
    }

    public static boolean isPosix() {
        return POSIX;
    }
}
