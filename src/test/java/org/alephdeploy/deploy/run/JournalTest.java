package org.alephdeploy.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.alephdeploy.message.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path tmp;

    @Test
    void recordsAreAppendedInOrderWithSequenceNumbers() throws IOException {
        Journal journal = new Journal(tmp.resolve("journal"));
        String id = journal.open(Json.object().put("type", "opened"));
        journal.append(id, Json.object().put("type", "step-started").put("step", 0));
        journal.append(id, Json.object().put("type", "step-done").put("step", 0));

        var records = journal.read(id);
        assertThat(records).extracting(r -> r.get("type").asText()).containsExactly("opened", "step-started", "step-done");
        assertThat(records).extracting(r -> r.get("seq").asInt()).containsExactly(0, 1, 2);
        assertThat(journal.operations()).containsExactly(id);
    }

    @Test
    void aTornLastLineFromACrashIsIgnored() throws IOException {
        Journal journal = new Journal(tmp.resolve("journal"));
        String id = journal.open(Json.object().put("type", "opened"));
        Files.writeString(tmp.resolve("journal").resolve(id + ".jsonl"), "{\"seq\":1,\"type\":\"step-sta",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(journal.read(id)).hasSize(1);
        journal.append(id, Json.object().put("type", "resumed"));
        assertThat(journal.read(id)).extracting(r -> r.get("type").asText()).containsExactly("opened", "resumed");
    }

    @Test
    void journalFilesAreOwnerOnly() throws IOException {
        Journal journal = new Journal(tmp.resolve("journal"));
        String id = journal.open(Json.object().put("type", "opened"));
        Path file = tmp.resolve("journal").resolve(id + ".jsonl");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("journal")))).isEqualTo("rwx------");
    }

    @Test
    void operationIdsCannotEscapeTheDirectory() {
        Journal journal = new Journal(tmp.resolve("journal"));
        assertThat(journal.exists("../etc/passwd")).isFalse();
        assertThatThrownBy(() -> journal.read("../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
