package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.alephdeploy.deploy.pack.ArchiveListings;
import org.alephdeploy.deploy.pack.DeterministicZip;
import org.alephdeploy.deploy.pack.FolderPacker;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.ArtifactEncoding;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.message.ItemHashes;

/**
 * Measures what will be uploaded for a local file or folder: the SHA-256 (streamed), the size and
 * the encoding. A folder is packed deterministically to a temporary file first ({@link FolderPacker}:
 * a squashfs image for a volume; a zip, or a squashfs image above the inline limit, for code), so
 * the same folder always measures (and uploads) the same bytes; the runner packs it again in the
 * same format at upload time and checks that the hash has not changed.
 */
public final class LocalArtifacts {
    private LocalArtifacts() {
    }

    /** Measures {@code path}; a folder is packed as code. */
    public static LocalArtifact measure(Path path) throws IOException {
        return measure(path, FolderUse.CODE);
    }

    /** Measures {@code path}; a folder is packed for {@code use}, a file is taken as it is. */
    public static LocalArtifact measure(Path path, FolderUse use) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            try (FolderPacker.Packed packed = FolderPacker.pack(abs, use)) {
                return new LocalArtifact(abs.toString(), sha256(packed.file()), Files.size(packed.file()),
                        ArtifactEncoding.fromWire(packed.encoding()), true, packed.leftOut(),
                        ArchiveListings.ofFolder(abs).without(packed.leftOut()));
            }
        }
        if (!Files.isRegularFile(abs)) {
            throw new IOException(path + " is neither a file nor a folder. Give the file or folder to upload.");
        }
        ArtifactEncoding encoding = ArtifactEncoding.fromWire(DeterministicZip.encodingOf(abs));
        return new LocalArtifact(abs.toString(), sha256(abs), Files.size(abs), encoding, false, List.of(),
                encoding == ArtifactEncoding.ZIP ? ArchiveListings.ofZip(abs) : null);
    }

    /** The streamed SHA-256 of a file, as lowercase hex (the node's storage file hash). */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = ItemHashes.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The file to upload for {@code a}: the file itself, or the folder packed again as it was when
     * measured (the caller deletes it when {@link Prepared#temporary()}). Fails when the bytes are
     * no longer those measured at planning time.
     */
    static Prepared prepare(LocalArtifact a) throws IOException {
        Path path = Path.of(a.path());
        Path file = a.wasFolder() ? FolderPacker.packAs(path, a.encoding().wire()).file() : path;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArtifactChangedException(a.path() + " is gone. Put it back, or abandon this operation and plan again.");
            }
            long size = Files.size(file);
            if (size != a.size()) {
                throw new ArtifactChangedException(a.path() + " changed since the plan was made (" + size + " bytes now, "
                        + a.size() + " when planned). Abandon this operation and plan again with the new file.");
            }
            String hash = sha256(file);
            if (!hash.equals(a.sha256())) {
                throw new ArtifactChangedException(a.path() + " changed since the plan was made (SHA-256 " + hash + " now, "
                        + a.sha256() + " when planned). Abandon this operation and plan again with the new file.");
            }
            return new Prepared(file, a.wasFolder());
        } catch (IOException | RuntimeException e) {
            if (a.wasFolder()) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /** A file ready to upload; {@code temporary} files are deleted after the upload. */
    record Prepared(Path file, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The local bytes are not those the plan was made for. */
    static final class ArtifactChangedException extends IOException {
        ArtifactChangedException(String message) {
            super(message);
        }
    }
}
