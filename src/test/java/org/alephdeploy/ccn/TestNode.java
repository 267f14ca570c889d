package org.alephdeploy.ccn;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.net.URLDecoder;

/**
 * A scriptable HTTP server on 127.0.0.1 for transport tests only (retries, failover, streaming):
 * routes are "METHOD /path" (exact) or "METHOD /prefix/*", answered by handlers the test writes.
 */
final class TestNode implements AutoCloseable {
    interface Handler {
        void handle(HttpExchange exchange, int callNumber) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-node");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    TestNode() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    TestNode on(String route, Handler handler) {
        routes.put(route, handler);
        return this;
    }

    /** How many requests matched {@code route}. */
    int calls(String route) {
        AtomicInteger n = calls.get(route);
        return n == null ? 0 : n.get();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = exchange.getRequestMethod() + " " + uri.getPath();
        requests.add(exchange.getRequestMethod() + " " + uri);
        String route = routes.containsKey(key) ? key : null;
        if (route == null) {
            for (String r : routes.keySet()) {
                if (r.endsWith("/*") && key.startsWith(r.substring(0, r.length() - 1))) {
                    route = r;
                    break;
                }
            }
        }
        try {
            if (route == null) {
                send(exchange, 404, "404: Not Found");
                return;
            }
            int n = calls.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
            routes.get(route).handle(exchange, n);
        } finally {
            exchange.close();
        }
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean json = body.startsWith("{") || body.startsWith("[");
        exchange.getResponseHeaders().set("Content-Type", json ? "application/json" : "text/plain");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static String query(HttpExchange exchange, String name) {
        String q = exchange.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            if (k.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** A URL on 127.0.0.1 where nothing listens (a port just released). */
    static String deadUrl() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
