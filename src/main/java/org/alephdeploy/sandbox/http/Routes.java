package org.alephdeploy.sandbox.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import org.alephdeploy.sandbox.vm.ComputeNode;

/** The node's root handler: the WebSocket route, and every other route on a worker thread. */
public final class Routes implements HttpHandler {
    private final HttpHandler socket;
    private final HttpHandler blocking;

    public Routes(NodeServices node) {
        this(node, null);
    }

    /** With the compute node's routes ({@code /vm/...}) when {@code vm} is given. */
    public Routes(NodeServices node, ComputeNode vm) {
        Router router = new Router();
        if (vm != null) {
            new VmApi(vm).register(router);
        }
        new MessagesApi(node).register(router);
        new StorageApi(node).register(router);
        new AccountsApi(node).register(router);
        new ImportApi(node).register(router);
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
