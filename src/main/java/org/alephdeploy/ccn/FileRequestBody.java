package org.alephdeploy.ccn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A file streamed from disk 64 KiB at a time with a known length, so the whole file is never in
 * memory. Repeatable (each retry re-reads the file); reports progress and stops when cancelled.
 */
final class FileRequestBody extends RequestBody {
    static final int CHUNK = 64 * 1024;
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final Path file;
    private final long length;
    private final UploadListener listener;
    private final Cancellation cancellation;

    FileRequestBody(Path file, long length, UploadListener listener, Cancellation cancellation) {
        this.file = file;
        this.length = length;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long sent = 0;
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            while (sent < length) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("upload cancelled");
                }
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, length - sent));
                if (n < 0) {
                    throw new IOException("the file " + file.getFileName() + " became shorter during the upload");
                }
                sink.write(buffer, 0, n);
                sink.emitCompleteSegments();
                sent += n;
                listener.progress(sent, length, Rates.perSecond(sent, started));
            }
        }
    }
}
