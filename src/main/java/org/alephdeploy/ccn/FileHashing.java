package org.alephdeploy.ccn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.alephdeploy.message.ItemHashes;

/** Streaming SHA-256 of a file: the node's storage hash, computed without loading the file. */
final class FileHashing {
    private FileHashing() {
    }

    static String sha256(Path file, Cancellation cancellation) {
        MessageDigest digest = ItemHashes.sha256();
        byte[] buffer = new byte[FileRequestBody.CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                cancellation.throwIfCancelled();
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
