package org.alephdeploy.ccn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.alephdeploy.message.ItemHashes;

/**
 * Reads a two-part multipart body (metadata, then file) as a stream on the test server: the file
 * part is hashed on the fly, never held in memory.
 */
final class MultipartReader {
    String metadata;
    String fileHash;
    long fileBytes;

    static MultipartReader read(InputStream in, long contentLength, String contentType) throws IOException {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        MultipartReader r = new MultipartReader();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long consumed = 0;
        int headersSeen = 0;
        // metadata part headers, metadata, file part headers: up to the second blank line
        int partsWithHeaders = 0;
        while (headersSeen < 2) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("body ended in the multipart headers");
            }
            consumed++;
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                headersSeen++;
                partsWithHeaders++;
            }
        }
        String text = head.toString(StandardCharsets.UTF_8);
        int firstBlank = text.indexOf("\r\n\r\n");
        int secondBoundary = text.indexOf("\r\n--" + boundary, firstBlank);
        r.metadata = text.substring(firstBlank + 4, secondBoundary);
        String trailer = "\r\n--" + boundary + "--\r\n";
        long fileLength = contentLength - consumed - trailer.length();
        MessageDigest digest = ItemHashes.sha256();
        byte[] buffer = new byte[64 * 1024];
        long left = fileLength;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("body ended inside the file part");
            }
            digest.update(buffer, 0, n);
            left -= n;
        }
        String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (!rest.equals(trailer) || partsWithHeaders != 2) {
            throw new IOException("unexpected multipart trailer");
        }
        r.fileBytes = fileLength;
        r.fileHash = HexFormat.of().formatHex(digest.digest());
        return r;
    }
}
