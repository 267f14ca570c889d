package org.alephdeploy.sandbox.http;

import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSourceChannel;
import org.xnio.conduits.AbstractStreamSinkConduit;
import org.xnio.conduits.ConduitWritableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSinkConduit;

/**
 * Holds the whole response body, then sends only its first half and closes the connection, as a
 * peer that dies mid-response would. Used for the truncate fault only, so the buffering is fine.
 */
final class TruncatingConduit extends AbstractStreamSinkConduit<StreamSinkConduit> {
    private final HttpServerExchange exchange;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ByteBuffer half;
    private boolean closed;

    TruncatingConduit(StreamSinkConduit next, HttpServerExchange exchange) {
        super(next);
        this.exchange = exchange;
    }

    @Override
    public int write(ByteBuffer src) {
        int count = src.remaining();
        byte[] bytes = new byte[count];
        src.get(bytes);
        body.write(bytes, 0, count);
        return count;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offs, int len) {
        long total = 0;
        for (int i = offs; i < offs + len; i++) {
            total += write(srcs[i]);
        }
        return total;
    }

    @Override
    public int writeFinal(ByteBuffer src) throws IOException {
        return Conduits.writeFinalBasic(this, src);
    }

    @Override
    public long writeFinal(ByteBuffer[] srcs, int offs, int len) throws IOException {
        return Conduits.writeFinalBasic(this, srcs, offs, len);
    }

    @Override
    public long transferFrom(FileChannel src, long position, long count) throws IOException {
        return src.transferTo(position, count, new ConduitWritableByteChannel(this));
    }

    @Override
    public long transferFrom(StreamSourceChannel source, long count, ByteBuffer throughBuffer) throws IOException {
        return IoUtils.transfer(source, count, throughBuffer, new ConduitWritableByteChannel(this));
    }

    @Override
    public void terminateWrites() {
        if (half == null) {
            byte[] all = body.toByteArray();
            half = ByteBuffer.wrap(all, 0, all.length / 2);
        }
    }

    @Override
    public boolean flush() throws IOException {
        if (half == null) {
            return true;
        }
        if (closed) {
            return true;
        }
        while (half.hasRemaining()) {
            if (next.write(half) == 0) {
                return false;
            }
        }
        if (!next.flush()) {
            return false;
        }
        closed = true;
        IoUtils.safeClose(exchange.getConnection());
        return true;
    }
}
