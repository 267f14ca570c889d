package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A loopback sandbox answers local callers only: Host must name the loopback, Origin (browsers, WebSocket) a local page. */
class LocalRequestsTest {
    private static SandboxNode node;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("sandbox-local-");
        node = SandboxNode.start(SandboxOptions.builder(dir).port(0).build());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** The status line of a raw GET with these extra header lines (the Host line included). */
    private static String get(String path, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", node.port())) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            req.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void localCallersAreAnswered() throws IOException {
        assertThat(get("/api/v0/version", "Host: 127.0.0.1:" + node.port())).contains(" 200");
        assertThat(get("/api/v0/version", "Host: localhost:" + node.port(), "Origin: http://localhost:5173")).contains(" 200");
    }

    @Test
    void anotherHostNameIsRefused() throws IOException {
        assertThat(get("/api/v0/version", "Host: attacker.example:" + node.port())).contains(" 403");
        assertThat(get("/api/v0/version")).containsAnyOf(" 400", " 403");
    }

    @Test
    void aWebPageOfAnotherOriginIsRefusedOnTheApiAndTheWebSocket() throws IOException {
        assertThat(get("/api/v0/version", "Host: 127.0.0.1:" + node.port(), "Origin: https://attacker.example")).contains(" 403");
        assertThat(get("/api/ws0/messages", "Host: 127.0.0.1:" + node.port(), "Origin: https://attacker.example",
                "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                "Sec-WebSocket-Version: 13")).contains(" 403");
    }

    @Test
    void onlyLoopbackAddressesCountAsLoopback() {
        assertThat(SandboxNode.isLoopback("127.0.0.1")).isTrue();
        assertThat(SandboxNode.isLoopback("localhost")).isTrue();
        assertThat(SandboxNode.isLoopback("::1")).isTrue();
        assertThat(SandboxNode.isLoopback("0.0.0.0")).isFalse();
        assertThat(SandboxNode.isLoopback("192.168.1.2")).isFalse();
    }
}
