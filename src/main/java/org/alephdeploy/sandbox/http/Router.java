package org.alephdeploy.sandbox.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes requests by method and path pattern; turns {@link BadRequest} into its response. */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** One endpoint: receives the exchange and the path match. */
    @FunctionalInterface
    interface Endpoint {
        void handle(HttpServerExchange ex, Matcher path) throws Exception;
    }

    private record Route(Set<String> methods, Pattern path, Endpoint endpoint) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String methods, String regex, Endpoint endpoint) {
        routes.add(new Route(Set.of(methods.split(",")), Pattern.compile(regex), endpoint));
        return this;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) {
        String path = ex.getRelativePath();
        boolean pathMatched = false;
        for (Route r : routes) {
            Matcher m = r.path().matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathMatched = true;
            if (!r.methods().contains(ex.getRequestMethod().toString())) {
                continue;
            }
            try {
                r.endpoint().handle(ex, m);
            } catch (BadRequest b) {
                if (b.json()) {
                    ex.setStatusCode(b.status());
                    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
                    ex.getResponseSender().send(b.body());
                } else {
                    Http.text(ex, b.status(), b.body());
                }
            } catch (Exception e) {
                LOG.error("request {} {} failed", ex.getRequestMethod(), path, e);
                if (!ex.isResponseStarted()) {
                    Http.status(ex, 500, "Internal Server Error");
                }
            }
            return;
        }
        if (pathMatched) {
            Http.status(ex, 405, "Method Not Allowed");
        } else {
            Http.status(ex, 404, "Not Found");
        }
    }
}
