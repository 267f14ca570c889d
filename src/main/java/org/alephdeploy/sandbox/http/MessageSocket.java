package org.alephdeploy.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.websockets.WebSocketConnectionCallback;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.StreamSourceFrameChannel;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.alephdeploy.sandbox.rules.ProcessingEvents;
import org.alephdeploy.sandbox.store.MessageQuery;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;
import io.undertow.websockets.core.BufferedTextMessage;

/**
 * {@code /api/ws0/messages} (docs/PROTOCOL.md P-5.10): the matching history first (oldest first, list
 * shape), then each newly processed matching message (normalised shape). Client frames are ignored.
 */
final class MessageSocket implements HttpHandler {
    static final int MAX_CONNECTIONS = 100;
    private static final AttachmentKey<ListQuery> QUERY = AttachmentKey.create(ListQuery.class);

    private final NodeServices node;
    private final HttpHandler upgrade;
    private final AtomicInteger open = new AtomicInteger();

    MessageSocket(NodeServices node) {
        this.node = node;
        this.upgrade = Handlers.websocket(callback());
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        ListQuery q;
        try {
            q = ListQuery.parse(ex, null, true);
        } catch (BadRequest b) {
            Http.text(ex, b.status(), b.body());
            return;
        }
        ex.putAttachment(QUERY, q);
        upgrade.handleRequest(ex);
    }

    private WebSocketConnectionCallback callback() {
        return (WebSocketHttpExchange exchange, WebSocketChannel channel) -> {
            ListQuery q = exchange.getAttachment(QUERY);
            if (open.incrementAndGet() > MAX_CONNECTIONS) {
                open.decrementAndGet();
                WebSockets.sendClose(1013, "Too many connections", channel, null);
                return;
            }
            boolean withContent = "full".equals(q.contentFormat);
            Consumer<ProcessingEvents.Outcome> live = o -> {
                if (o.kind() == ProcessingEvents.Kind.PROCESSED && channel.isOpen()) {
                    liveFrame(q, o.itemHash(), withContent, channel);
                }
            };
            node.pipeline().events().subscribe(live);
            channel.addCloseTask(c -> {
                node.pipeline().events().unsubscribe(live);
                open.decrementAndGet();
            });
            channel.getReceiveSetter().set(new AbstractReceiveListener() {
                @Override
                protected void onFullTextMessage(WebSocketChannel ch, BufferedTextMessage m) {
                    // client frames are ignored, as by the reference node
                }

                @Override
                protected void onError(WebSocketChannel ch, Throwable error) {
                    closeQuietly(ch);
                }

                @Override
                protected void onClose(WebSocketChannel ch, StreamSourceFrameChannel frame) throws IOException {
                    super.onClose(ch, frame);
                }
            });
            channel.resumeReceives();
            sendHistory(q, withContent, channel);
        };
    }

    private void sendHistory(ListQuery q, boolean withContent, WebSocketChannel channel) {
        if (q.history <= 0) {
            return;
        }
        MessageQuery f = q.filter(q.liveStatuses(), q.history, 0, null, null);
        List<MessageRow> rows = new ArrayList<>(node.db().tx(c -> Messages.list(c, f)));
        Collections.reverse(rows);
        for (MessageRow r : rows) {
            WebSockets.sendText(Http.write(Views.sorted(Views.listItem(r, withContent ? "full" : "none"))), channel, null);
        }
    }

    private void liveFrame(ListQuery q, String itemHash, boolean withContent, WebSocketChannel channel) {
        if (!q.hashes.isEmpty() && !q.hashes.contains(itemHash)) {
            return;
        }
        MessageQuery f = q.filter(q.liveStatuses(), 1, 0, null, null);
        MessageQuery one = new MessageQuery(f.statuses(), List.of(itemHash), f.addresses(), f.owners(), f.refs(),
                f.contentHashes(), f.contentKeys(), f.contentTypes(), f.chains(), f.channels(), f.tags(), f.paymentTypes(),
                f.types(), f.startDate(), f.endDate(), f.descending(), 1, 0, null, null);
        List<MessageRow> rows = node.db().tx(c -> Messages.list(c, one));
        if (rows.isEmpty()) {
            return;
        }
        ObjectNode frame = Views.processedMessage(rows.get(0));
        if (!withContent) {
            frame.remove("content");
        }
        WebSockets.sendText(Http.write(frame), channel, null);
    }

    private static void closeQuietly(WebSocketChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // the peer is gone already
        }
    }
}
