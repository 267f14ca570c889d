package org.alephdeploy.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.Slow;
import org.alephdeploy.sandbox.http.FaultSpec.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.net.SocketException;

class FaultInjectingHandlerTest {
    private static final String BODY = "0123456789".repeat(100);

    private final List<Undertow> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(Undertow::stop);
    }

    @Test
    void statusFaultsAnswerWithoutCallingNext() throws IOException {
        for (String status : List.of("500", "502", "503")) {
            int port = start(FaultSpec.parse(status + "=1"), 1, failingHandler());
            Reply reply = get(port, "/api/v0/messages.json");
            assertThat(reply.status).isEqualTo(Integer.parseInt(status));
            assertThat(reply.headers).containsIgnoringCase("X-Injected-Fault: " + status);
            assertThat(reply.body).contains("Injected fault: " + status);
        }
    }

    @Test
    void resetClosesTheConnectionWithoutAResponse() throws IOException {
        int port = start(FaultSpec.parse("reset=1"), 1, failingHandler());
        Reply reply = get(port, "/api/v0/messages.json");
        assertThat(reply.outcome()).isEqualTo(Fault.RESET);
    }

    @Test
    void slowDelaysThenAnswersNormally() throws IOException {
        int port = start(FaultSpec.parse("slow=1:400ms"), 1, bodyHandler());
        long started = System.nanoTime();
        Reply reply = get(port, "/api/v0/messages.json");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
        assertThat(reply.status).isEqualTo(200);
        assertThat(reply.body).isEqualTo(BODY);
        assertThat(reply.outcome()).isEqualTo(Fault.SLOW);
    }

    @Test
    @Slow
    void slowDoesNotHoldUpOtherRequests() throws Exception {
        int slowPort = start(FaultSpec.parse("slow=1:3s,path=/slow"), 1, bodyHandler());
        Thread slowClient = new Thread(() -> {
            try {
                get(slowPort, "/slow");
            } catch (IOException ignored) {
                // only the fast request's timing matters here
            }
        });
        slowClient.start();
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(get(slowPort, "/fast").status).isEqualTo(200);
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2500);
        slowClient.join(10_000);
    }

    @Test
    void truncateCutsAFixedLengthBodyInHalfAndCloses() throws IOException {
        int port = start(FaultSpec.parse("truncate=1"), 1, bodyHandler());
        Reply reply = get(port, "/api/v0/messages.json");
        assertThat(reply.status).isEqualTo(200);
        assertThat(reply.contentLength).isEqualTo(BODY.length());
        assertThat(reply.body).isEqualTo(BODY.substring(0, BODY.length() / 2));
        assertThat(reply.outcome()).isEqualTo(Fault.TRUNCATE);
    }

    @Test
    void truncateCutsABlockingStreamedBody() throws IOException {
        byte[] large = "abcdefghij".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        HttpHandler streaming = exchange -> {
            if (exchange.isInIoThread()) {
                exchange.dispatch(exchange1 -> {
                    exchange1.startBlocking();
                    for (int i = 0; i < large.length; i += 1000) {
                        exchange1.getOutputStream().write(large, i, 1000);
                        exchange1.getOutputStream().flush();
                    }
                    exchange1.getOutputStream().close();
                });
            }
        };
        int port = start(FaultSpec.parse("truncate=1"), 1, streaming);
        Reply reply = get(port, "/stream");
        assertThat(reply.status).isEqualTo(200);
        assertThat(reply.raw.length).isLessThan(large.length);
        assertThat(reply.raw.length).isGreaterThan(large.length / 2);
    }

    @Test
    void pathGlobLeavesOtherPathsAlone() throws IOException {
        int port = start(FaultSpec.parse("500=1,path=/api/v0/*"), 1, bodyHandler());
        assertThat(get(port, "/api/v0/messages.json").status).isEqualTo(500);
        assertThat(get(port, "/api/v1/messages.json").status).isEqualTo(200);
        assertThat(get(port, "/").status).isEqualTo(200);
    }

    @Test
    void noneIsTransparent() throws IOException {
        int port = start(FaultSpec.none(), 1, bodyHandler());
        for (int i = 0; i < 50; i++) {
            assertThat(get(port, "/api/v0/x").outcome()).isEqualTo(Fault.NONE);
        }
    }

    @Test
    @Slow
    void ratesAreRoughlyRespectedOverTwoThousandRequests() throws IOException {
        FaultSpec spec = FaultSpec.parse("500=0.1,502=0.05,503=0.05,reset=0.02,slow=0.1:1ms,truncate=0.05");
        int port = start(spec, 42, bodyHandler());
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        int requests = 2000;
        for (int i = 0; i < requests; i++) {
            counts.merge(get(port, "/api/v0/messages.json").outcome(), 1, Integer::sum);
        }
        for (Fault fault : Fault.values()) {
            double expected = fault == Fault.NONE ? requests * 0.63 : requests * spec.rate(fault);
            double tolerance = 5 * Math.sqrt(expected) + 5;
            assertThat(counts.getOrDefault(fault, 0).doubleValue())
                    .as("count of %s in %s", fault, counts)
                    .isBetween(expected - tolerance, expected + tolerance);
        }
    }

    @Test
    void sameSeedGivesTheSameSequence() throws IOException {
        FaultSpec spec = FaultSpec.parse("500=0.2,503=0.2,reset=0.1,truncate=0.1");
        int first = start(spec, 7, bodyHandler());
        int second = start(spec, 7, bodyHandler());
        int other = start(spec, 8, bodyHandler());
        List<Fault> firstRun = new ArrayList<>();
        List<Fault> secondRun = new ArrayList<>();
        List<Fault> otherRun = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            firstRun.add(get(first, "/x").outcome());
            secondRun.add(get(second, "/x").outcome());
            otherRun.add(get(other, "/x").outcome());
        }
        assertThat(secondRun).isEqualTo(firstRun);
        assertThat(otherRun).isNotEqualTo(firstRun);
    }

    private int start(FaultSpec spec, long seed, HttpHandler next) {
        Undertow server = Undertow.builder()
                .setIoThreads(1)
                .addHttpListener(0, "127.0.0.1")
                .setHandler(new FaultInjectingHandler(next, spec, seed))
                .build();
        server.start();
        servers.add(server);
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    private static HttpHandler bodyHandler() {
        return exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
            exchange.getResponseSender().send(BODY);
        };
    }

    private static HttpHandler failingHandler() {
        return exchange -> {
            throw new AssertionError("the next handler must not be called");
        };
    }

    private static Reply get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // a reset peer is an outcome to observe, not a test error
            }
            return Reply.parse(received.toByteArray());
        }
    }

    private record Reply(int status, String headers, int contentLength, String body, byte[] raw) {
        static Reply parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Reply(0, "", -1, "", bytes);
            }
            String head = text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            int length = -1;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return new Reply(status, head, length, text.substring(end + 4), bytes);
        }

        Fault outcome() {
            if (status == 0) {
                return Fault.RESET;
            }
            if (status != 200) {
                return switch (status) {
                    case 500 -> Fault.STATUS_500;
                    case 502 -> Fault.STATUS_502;
                    case 503 -> Fault.STATUS_503;
                    default -> throw new AssertionError("unexpected status " + status);
                };
            }
            if (body.length() < contentLength) {
                return Fault.TRUNCATE;
            }
            assertThat(body).isEqualTo(BODY);
            return headers.toLowerCase().contains("x-injected-fault: slow") ? Fault.SLOW : Fault.NONE;
        }
    }
}
