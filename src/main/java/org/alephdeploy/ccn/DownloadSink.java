package org.alephdeploy.ccn;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.alephdeploy.message.ItemHashes;

/**
 * Streams a download into a temporary file next to the destination, checks the SHA-256 when the
 * file hash is one, then moves it into place; a retry starts the temporary file again.
 */
final class DownloadSink implements RequestSpec.BodySink {
    private final String fileHash;
    private final Path destination;
    private final Path partial;
    private final UploadListener listener;
    private final Cancellation cancellation;
    private final long maxBytes;

    DownloadSink(String fileHash, Path destination, UploadListener listener, Cancellation cancellation) {
        this(fileHash, destination, listener, cancellation, BodyLimits.DOWNLOAD);
    }

    /** {@code maxBytes}: the most this download may write; more is a hostile answer and leaves no file behind. */
    DownloadSink(String fileHash, Path destination, UploadListener listener, Cancellation cancellation, long maxBytes) {
        this.maxBytes = maxBytes;
        this.fileHash = fileHash;
        this.destination = destination;
        this.partial = destination.resolveSibling(destination.getFileName() + ".part");
        this.listener = listener;
        this.cancellation = cancellation;
    }

    @Override
    public void accept(ResponseBody body) throws IOException {
        long total = body.contentLength();
        if (total > maxBytes) {
            throw tooLarge();
        }
        boolean check = ItemHashes.isSha256Hex(fileHash);
        MessageDigest digest = ItemHashes.sha256();
        byte[] buffer = new byte[FileRequestBody.CHUNK];
        long received = 0;
        long started = System.nanoTime();
        try (BufferedSource source = body.source(); OutputStream out = Files.newOutputStream(partial)) {
            int n;
            while ((n = source.read(buffer)) != -1) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("download cancelled");
                }
                received += n;
                if (received > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
                if (check) {
                    digest.update(buffer, 0, n);
                }
                listener.progress(received, total, Rates.perSecond(received, started));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        if (check) {
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(fileHash)) {
                Files.deleteIfExists(partial);
                throw new IOException("the downloaded bytes hash to " + actual + ", not " + fileHash);
            }
        }
        Files.move(partial, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static BodyLimits.Exceeded tooLarge() {
        return new BodyLimits.Exceeded();
    }
}
