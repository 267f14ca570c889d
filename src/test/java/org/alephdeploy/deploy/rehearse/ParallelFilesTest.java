package org.alephdeploy.deploy.rehearse;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.ccn.SandboxImport;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.message.ItemHashes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The copy's files go several at a time: every byte arrives and is checked, progress is told, Cancel stops them. */
class ParallelFilesTest {
    private static final long MAX_FILE = 100L * 1024 * 1024;
    private static final int FILES = 14;
    private static SandboxWorld source;
    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void seed() {
        source = SandboxWorld.start();
        for (int i = 0; i < FILES; i++) {
            String text = "volume " + i + " " + "x".repeat(i * 997);
            TEXTS.add(text);
            source.store(KEY0, text, null, "volume " + i);
        }
    }

    @AfterAll
    static void stop() {
        source.close();
    }

    private static String raw(SandboxWorld node, String hash) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(node.node.url() + "/api/v0/storage/raw/" + hash)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as("raw " + hash).isEqualTo(200);
        return r.body();
    }

    @Test
    void everyFileArrivesWithItsBytesWhileFourGoAtOnce() throws Exception {
        try (SandboxWorld copy = SandboxWorld.start()) {
            List<String> lines = new ArrayList<>();
            HistoryCopy history = new HistoryCopy(source.client, source.node.url(), new SandboxImport(copy.node.url()),
                    copy.dir.resolve("rehearse"), 4);
            CopySummary s = history.copy(KEY0.address(), MAX_FILE, lines::add);
            assertThat(s.refused()).isEmpty();
            assertThat(s.files()).isEqualTo(FILES);
            long expected = TEXTS.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
            assertThat(s.bytes()).isGreaterThan(expected);
            for (String text : TEXTS) {
                assertThat(raw(copy, ItemHashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
            }
            assertThat(lines).anyMatch(l -> l.startsWith("Copying the files of "));
        }
    }

    @Test
    void cancelDuringTheFilesStopsTheCopyAndTheNextCopyStartsOver() {
        try (SandboxWorld copy = SandboxWorld.start()) {
            Cancellation cancel = Cancellation.create();
            HistoryCopy cancelled = new HistoryCopy(source.client.with(cancel), source.node.url(),
                    new SandboxImport(copy.node.url()), copy.dir.resolve("rehearse"), 4);
            assertThatThrownBy(() -> cancelled.copy(KEY0.address(), MAX_FILE, line -> {
                if (line.startsWith("Copying the files")) {
                    cancel.cancel();
                }
            })).isInstanceOf(CancellationException.class);
            assertThat(copy.get("/api/v0/messages.json?msgTypes=STORE&addresses=" + KEY0.address()).path("messages"))
                    .as("nothing was imported").isEmpty();

            CopySummary again = new HistoryCopy(source.client, source.node.url(), new SandboxImport(copy.node.url()),
                    copy.dir.resolve("rehearse"), 4).copy(KEY0.address(), MAX_FILE, line -> { });
            assertThat(again.incremental()).as("the cancelled copy was not remembered").isFalse();
            assertThat(again.files()).isEqualTo(FILES);
            assertThat(again.refused()).isEmpty();
        }
    }
}
