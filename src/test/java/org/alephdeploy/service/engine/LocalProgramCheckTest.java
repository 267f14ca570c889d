package org.alephdeploy.service.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.ccn.Cancellation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The boot check and answer after a rehearsal: cancel, an unreachable sandbox, and how the answer's head is shown. */
class LocalProgramCheckTest {
    private static final String PROGRAM = "a".repeat(64);

    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer hanging;

    @AfterEach
    void stop() {
        release.countDown();
        if (hanging != null) {
            hanging.stop(0);
        }
    }

    @Test
    void aCancelStopsACheckWhoseSandboxDoesNotAnswer() throws Exception {
        hanging = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hanging.createContext("/", exchange -> {
            asked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        hanging.start();
        LocalProgramCheck check = new LocalProgramCheck("http://127.0.0.1:" + hanging.getAddress().getPort() + "/");
        Cancellation cancel = Cancellation.create();
        CompletableFuture<LocalProgramCheck.Result> running = CompletableFuture.supplyAsync(() -> check.check(PROGRAM, cancel));
        assertThat(asked.await(10, TimeUnit.SECONDS)).as("the boot check was asked").isTrue();

        long start = System.nanoTime();
        cancel.cancel();

        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5000);
    }

    @Test
    void aSandboxThatDoesNotAnswerGivesAReadableNotChecked() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        LocalProgramCheck.Result r = new LocalProgramCheck("http://127.0.0.1:" + port).check(PROGRAM, Cancellation.create());

        assertThat(r.verdict()).isEqualTo(LocalProgramCheck.Verdict.NOT_CHECKED);
        assertThat(r.reason()).startsWith("The local sandbox did not answer at http://127.0.0.1:" + port).endsWith(").");
        assertThat(r.status()).isEqualTo(-1);
    }

    @Test
    void theHeadKeepsTheFirstLinesEscapedAndCut() {
        StringBuilder body = new StringBuilder("<p>one</p>\r\n\u0007bell\tand tab\n");
        body.append("x".repeat(LocalProgramCheck.LINE_CHARS + 10)).append('\n');
        for (int i = 4; i <= 9; i++) {
            body.append("line ").append(i).append('\n');
        }

        var head = LocalProgramCheck.head(body.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(head).hasSize(LocalProgramCheck.HEAD_LINES);
        assertThat(head.get(0)).isEqualTo("<p>one</p>");
        assertThat(head.get(1)).isEqualTo("\\u0007bell    and tab");
        assertThat(head.get(2)).isEqualTo("x".repeat(LocalProgramCheck.LINE_CHARS) + "…");
        assertThat(head.get(5)).isEqualTo("line 6 …");
        assertThat(LocalProgramCheck.head("ok\n".getBytes(StandardCharsets.UTF_8))).containsExactly("ok");
        assertThat(LocalProgramCheck.head(new byte[0])).isEmpty();
    }
}
