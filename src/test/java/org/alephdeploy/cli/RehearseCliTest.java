package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code rehearse copy} and {@code apply --rehearse} against a source node with hand-made history. */
class RehearseCliTest {
    private static RehearsalWorld w;

    @BeforeAll
    static void start() {
        w = RehearsalWorld.start("rehearse-cli");
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static List<String> hashes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(p -> out.add(p.path("hash").asText() + " " + p.path("status").asText()));
        return out;
    }

    @Test
    void theCopysInventoryIsTheSources() {
        CliRun copy = w.onSource("--json", "rehearse", "copy", "--address", KEY0.address());
        assertThat(copy.code()).as(copy.toString()).isZero();
        assertThat(copy.json().path("refused")).isEmpty();
        assertThat(copy.json().path("forgotten").asInt()).isEqualTo(1);
        CliRun source = w.onSource("--json", "inventory", "--address", KEY0.address());
        CliRun copied = w.onCopy("--json", "inventory", "--address", KEY0.address());
        assertThat(source.code()).as(source.toString()).isZero();
        assertThat(copied.code()).as(copied.toString()).isZero();
        JsonNode a = source.json();
        JsonNode b = copied.json();
        assertThat(hashes(b.path("programs"))).contains(w.program.itemHash() + " processed", w.amend.itemHash() + " processed",
                w.forgottenProgram.itemHash() + " forgotten");
        assertThat(b.path("programs")).isEqualTo(a.path("programs"));
        assertThat(b.path("volumes")).isNotEmpty().isEqualTo(a.path("volumes"));
        assertThat(w.source.get("/api/v0/messages/" + w.forget.itemHash()).path("status").asText()).isEqualTo("processed");
    }
}
