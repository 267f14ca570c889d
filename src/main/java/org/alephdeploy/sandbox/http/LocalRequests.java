package org.alephdeploy.sandbox.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.util.Locale;
import java.util.Set;
import org.alephdeploy.message.Json;

/**
 * Keeps a loopback sandbox to local callers: the {@code Host} header must name the loopback
 * (so a web page cannot reach it by DNS rebinding), and a request carrying an {@code Origin}
 * (a browser's, the WebSocket's included) must come from a loopback page.
 */
public final class LocalRequests implements HttpHandler {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final HttpString ORIGIN = new HttpString("Origin");

    private final HttpHandler next;

    public LocalRequests(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        String host = ex.getRequestHeaders().getFirst(Headers.HOST);
        if (host == null || !LOOPBACK.contains(hostName(host))) {
            refuse(ex, "the Host header must name the loopback (127.0.0.1, localhost or [::1])");
            return;
        }
        String origin = ex.getRequestHeaders().getFirst(ORIGIN);
        if (origin != null && !localOrigin(origin)) {
            refuse(ex, "requests from web pages (Origin " + origin + ") are refused");
            return;
        }
        next.handleRequest(ex);
    }

    static String hostName(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean localOrigin(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"http://", "https://"}) {
            if (o.startsWith(scheme)) {
                return LOOPBACK.contains(hostName(o.substring(scheme.length())));
            }
        }
        return false;
    }

    private static void refuse(HttpServerExchange ex, String why) {
        ex.setStatusCode(403);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        ex.getResponseSender().send(Json.object().put("error", "This sandbox only answers local callers: " + why + ".").toString());
    }
}
