package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Message;
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

    @Test
    void applyRehearseRecreatesOnTheCopyAndPostsNothingToTheSource() {
        long before = w.sourceMessageCount();
        int programsBefore = w.source.programCount(KEY0.address());
        CliRun run = w.onSource(w.signed("--json", "apply", "--rehearse", "recreate", w.amend.itemHash(), "--yes"));
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode o = run.json();
        assertThat(o.path("rehearsal").path("source").asText()).isEqualTo(w.source.node.url());
        assertThat(o.path("plan").path("network").asText()).isEqualTo(EngineSession.SANDBOX);
        assertThat(o.path("outcome").path("status").asText()).isEqualTo("done");
        assertThat(o.path("outcome").path("checks")).isNotEmpty().allSatisfy(c -> assertThat(c.path("ok").asBoolean()).isTrue());
        assertThat(run.err()).contains("REHEARSAL on the sandbox copy");
        assertThat(w.sourceMessageCount()).isEqualTo(before);
        assertThat(w.source.programCount(KEY0.address())).isEqualTo(programsBefore);
        CliRun copied = w.onCopy("--json", "inventory", "--address", KEY0.address());
        assertThat(copied.json().path("programs").size()).isGreaterThan(
                w.onSource("--json", "inventory", "--address", KEY0.address()).json().path("programs").size());
    }

    @Test
    void aSecondCopyTransfersOnlyTheNewMessage() {
        CliRun sync = w.onSource("--json", "rehearse", "copy", "--address", KEY0.address());
        assertThat(sync.code()).as(sync.toString()).isZero();
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = w.code.itemHash();
        s.name = "arrived-later";
        Message later = w.source.program(KEY0, s);
        CliRun again = w.onSource("--json", "rehearse", "copy", "--address", KEY0.address());
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.json().path("incremental").asBoolean()).isTrue();
        assertThat(again.json().path("messages").asInt()).isEqualTo(1);
        assertThat(again.json().path("files").asInt()).isZero();
        assertThat(again.json().has("statuses_updated")).isTrue();
        assertThat(again.json().path("statuses_updated").asInt()).isZero();
        CliRun human = w.onSource("rehearse", "copy", "--address", KEY0.address());
        assertThat(human.out()).contains("Updated the sandbox copy of " + KEY0.address()).contains(": 0 messages, 0 files");
        CliRun copied = w.onCopy("--json", "inventory", "--address", KEY0.address());
        assertThat(hashes(copied.json().path("programs"))).contains(later.itemHash() + " processed");
    }

    @Test
    void filesAboveTheCapAreMarkedRemoteAndFetchedWhenTheComputeNodeNeedsThem() {
        Path other = w.source.dir.resolve("rehearse-remote");
        CliRun copy = w.cliIn(other, w.source.node.url(), "--json", "rehearse", "copy", "--address", KEY0.address(),
                "--max-file-size", "10");
        assertThat(copy.code()).as(copy.toString()).isZero();
        assertThat(copy.json().path("remote_files").asInt()).isGreaterThanOrEqualTo(3);
        CliRun source = w.onSource("--json", "inventory", "--address", KEY0.address());
        CliRun copied = w.cliIn(other, EngineSession.SANDBOX, "--json", "inventory", "--address", KEY0.address());
        assertThat(hashes(copied.json().path("programs"))).isEqualTo(hashes(source.json().path("programs")));
        CliRun boot = w.cliIn(other, EngineSession.SANDBOX, "--json", "vm", "boot", w.amend.itemHash());
        assertThat(boot.out()).as(boot.toString()).doesNotContain("ref-missing");
        assertThat(boot.json().path("resolved").path("volumes").get(0).path("size").asLong()).isEqualTo(35);
        assertThat(boot.json().path("resolved").path("code").path("kind").asText()).isEqualTo("zip");
        assertThat(boot.json().path("resolved").path("code").path("file_hash").asText())
                .isEqualTo(w.codeRevision.content().path("item_hash").asText());
    }
}
