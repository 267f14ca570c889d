package org.alephdeploy.sandbox.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;

/** The node's root handler: the WebSocket route, and every other route on a worker thread. */
public final class Routes implements HttpHandler {
    private final HttpHandler socket;
    private final HttpHandler blocking;

    public Routes(NodeServices node) {
        Router router = new Router();
        new MessagesApi(node).register(router);
        new StorageApi(node).register(router);
        new AccountsApi(node).register(router);
        this.socket = new MessageSocket(node);
        this.blocking = new BlockingHandler(router);
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        if (ex.getRelativePath().equals("/api/ws0/messages")) {
            socket.handleRequest(ex);
        } else {
            blocking.handleRequest(ex);
        }
    }
}
