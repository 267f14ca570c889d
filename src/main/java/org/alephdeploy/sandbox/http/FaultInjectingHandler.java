package org.alephdeploy.sandbox.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.StatusCodes;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;

/**
 * Puts {@link FaultSpec} faults in front of another handler, so clients can be tested against a
 * node that fails the way real ones do. The draw order is fixed by the seed.
 */
public final class FaultInjectingHandler implements HttpHandler {
    /** Names the injected fault on responses that still reach the client, to tell them apart. */
    public static final HttpString FAULT_HEADER = HttpString.tryFromString("X-Injected-Fault");

    private final HttpHandler next;
    private final FaultSpec spec;
    private final SplittableRandom random;

    public FaultInjectingHandler(HttpHandler next, FaultSpec spec, long seed) {
        this.next = next;
        this.spec = spec;
        this.random = new SplittableRandom(seed);
    }

    public FaultSpec spec() {
        return spec;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!spec.appliesTo(exchange.getRequestPath())) {
            next.handleRequest(exchange);
            return;
        }
        FaultSpec.Fault fault = spec.choose(draw());
        switch (fault) {
            case STATUS_500 -> fail(exchange, StatusCodes.INTERNAL_SERVER_ERROR, fault);
            case STATUS_502 -> fail(exchange, StatusCodes.BAD_GATEWAY, fault);
            case STATUS_503 -> fail(exchange, StatusCodes.SERVICE_UNAVAILABLE, fault);
            case RESET -> IoUtils.safeClose(exchange.getConnection());
            case SLOW -> delay(exchange, fault);
            case TRUNCATE -> {
                exchange.addResponseWrapper((factory, ignored) -> new TruncatingConduit(factory.create(), exchange));
                next.handleRequest(exchange);
            }
            case NONE -> next.handleRequest(exchange);
        }
    }

    private synchronized double draw() {
        return random.nextDouble();
    }

    private static void fail(HttpServerExchange exchange, int status, FaultSpec.Fault fault) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(FAULT_HEADER, fault.key());
        exchange.getResponseSender().send("Injected fault: " + status + " " + StatusCodes.getReason(status)
                + " (sandbox fault injection is on).\n");
    }

    private void delay(HttpServerExchange exchange, FaultSpec.Fault fault) {
        exchange.getResponseHeaders().put(FAULT_HEADER, fault.key());
        long millis = spec.slowDelay().toMillis();
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(
                () -> exchange.dispatch(next), millis, TimeUnit.MILLISECONDS));
    }
}
