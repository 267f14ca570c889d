package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.alephdeploy.Slow;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;
import java.util.Random;
import org.alephdeploy.deploy.run.LocalArtifacts;

/**
 * Kills a child JVM running {@code apply} in the middle of an upload and again between steps, then
 * resumes: the end state is right, nothing is lost and nothing is duplicated (one new code STORE,
 * one new program, the old one forgotten), counted on the node.
 */
@Slow
class CrashResumeTest extends SandboxCliTest {
    private static final int ARCHIVE_MIB = 48;

    @Test
    void aKilledApplyResumesToTheRightEndStateWithNothingDuplicated() throws Exception {
        Message code = w.store(KEY0, "PK\u0003\u0004crash code v1", null, "crash code");
        Signed.ProgramSpec spec = new Signed.ProgramSpec();
        spec.codeRef = code.itemHash();
        spec.codeLatest = false;
        spec.allowAmend = true;
        spec.name = "crash-app";
        // the archive is larger than compute nodes take inline, so the program's code is squashfs
        spec.encoding = "squashfs";
        Message program = w.program(KEY0, spec);
        int programsBefore = w.programCount(KEY0.address());
        Path archive = archive();
        String fileHash = sha256(archive);

        List<String> apply = List.of("apply", "update-code", program.itemHash(), archive.toString(), "--yes", wallet[0], wallet[1], wallet[2], wallet[3]);
        Child first = Child.start(apply);
        first.killWhen(l -> l.contains("uploading:"));
        String id = onlyOperation();
        assertThat(status(id)).isEqualTo("interrupted");
        assertThat(storesOf(fileHash)).isZero();

        Child second = Child.start(List.of("journal", "resume", id, "--yes", wallet[0], wallet[1], wallet[2], wallet[3]));
        second.killWhen(l -> l.startsWith("step 6/"));
        assertThat(status(id)).isIn("interrupted", "done");

        CliRun last = CliRun.run(CliRun.args(data, w.node.url(), "--json", "journal", "resume", id, "--yes", wallet[0], wallet[1], wallet[2], wallet[3]));
        if (!"done".equals(status(id))) {
            assertThat(last.code()).as(last.toString()).isZero();
        }
        assertThat(status(id)).isEqualTo("done");

        assertThat(storesOf(fileHash)).as("one code STORE for the new archive").isEqualTo(1);
        assertThat(w.programCount(KEY0.address())).as("the amend replaces the old program").isEqualTo(programsBefore);
        assertThat(w.status(program.itemHash())).isEqualTo("forgotten");
        JsonNode amends = w.get("/api/v0/messages.json?msgTypes=PROGRAM&owners=" + KEY0.address() + "&pagination=0");
        List<String> replacing = new ArrayList<>();
        amends.path("messages").forEach(m -> {
            if (program.itemHash().equals(m.path("content").path("replaces").asText())) {
                replacing.add(m.path("item_hash").asText());
            }
        });
        assertThat(replacing).as("exactly one new program").hasSize(1);
        assertThat(w.status(replacing.get(0))).isEqualTo("processed");
        String newCode = w.content(replacing.get(0)).path("code").path("ref").asText();
        assertThat(w.content(newCode).path("item_hash").asText()).isEqualTo(fileHash);
    }

    private static Path archive() throws IOException {
        byte[] block = new byte[1 << 20];
        Random r = new Random(42);
        Path p = w.dir.resolve("crash-archive.squashfs");
        try (var out = Files.newOutputStream(p)) {
            out.write(new byte[] {'h', 's', 'q', 's'});
            for (int i = 0; i < ARCHIVE_MIB; i++) {
                r.nextBytes(block);
                out.write(block);
            }
        }
        return p;
    }

    private static String sha256(Path p) throws IOException {
        return LocalArtifacts.sha256(p);
    }

    private static int storesOf(String fileHash) {
        return w.get("/api/v0/messages.json?msgTypes=STORE&contentHashes=" + fileHash + "&pagination=0").path("messages").size();
    }

    private static String onlyOperation() {
        CliRun list = CliRun.run(CliRun.args(data, w.node.url(), "--json", "journal", "list"));
        assertThat(list.json().size()).as(list.toString()).isEqualTo(1);
        return list.json().get(0).path("id").asText();
    }

    private static String status(String id) {
        CliRun show = CliRun.run(CliRun.args(data, w.node.url(), "--json", "journal", "show", id));
        return show.json().path("status").asText();
    }

    /** A child JVM running the command line with this test's class path. */
    private static final class Child {
        private final Process process;
        private final List<String> seen = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
        }

        static Child start(List<String> command) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.alephdeploy.app.Launcher",
                    "--data-dir", data.toString(), "--node", w.node.url()));
            cmd.addAll(command);
            return new Child(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        }

        /** Reads the child's output until a line matches, then kills it at once (no shutdown hooks). */
        void killWhen(Predicate<String> line) throws Exception {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    seen.add(l);
                    if (line.test(l)) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).as("the child reached the point to kill it at").anyMatch(line);
        }
    }
}
