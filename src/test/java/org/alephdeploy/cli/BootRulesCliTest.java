package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.List;

/**
 * The compute node's rules before signing, from the command line against a sandbox node: code whose
 * entrypoint is missing, code over the inline limit, volume files that are not squashfs, and the
 * boot check of a program whose volume got a zip revision.
 */
class BootRulesCliTest {
    private static SandboxWorld w;
    private static Path data;
    private static String node;

    @BeforeAll
    static void start() {
        w = SandboxWorld.start();
        data = w.dir.resolve("cli");
        CliRun.wallet(data);
        node = w.node.url();
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static CliRun cli(String... rest) {
        return CliRun.run(CliRun.args(data, node, rest));
    }

    /** A zip program (entrypoint main:app) following its code and a squashfs volume at /data. */
    private static Message program(String tag, Message volume) {
        Message code = w.store(KEY0, "PK\u0003\u0004boot code " + tag, null, "boot code " + tag);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.allowAmend = true;
        s.volumeRef = volume.itemHash();
        s.name = "boot-" + tag;
        return w.program(KEY0, s);
    }

    private static Message squashfsVolume(String tag) {
        return w.store(KEY0, "hsqs volume " + tag, null, "volume " + tag);
    }

    private static Path folder(String name) {
        try {
            return Files.createDirectories(w.dir.resolve("folders").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void codeWithoutTheEntrypointsModuleIsRefusedAndTheFolderAboveIsNamed() {
        Message p = program("entry", squashfsVolume("entry"));
        Path above = folder("above");
        write(above.resolve("app/main.py"), "app = None\n".getBytes(StandardCharsets.UTF_8));
        CliRun r = cli("plan", "update-code", p.itemHash(), above.toString(), "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).contains("main:app").contains("you picked the folder above your program: use app/");

        Path empty = folder("no-module");
        write(empty.resolve("other.py"), "x = 1\n".getBytes(StandardCharsets.UTF_8));
        CliRun none = cli("plan", "update-code", p.itemHash(), empty.toString(), "--address", KEY0.address());
        assertThat(none.code()).as(none.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(none.out()).contains("main:app").contains("main.py");

        Path right = folder("right");
        write(right.resolve("main.py"), "app = None\n".getBytes(StandardCharsets.UTF_8));
        CliRun ok = cli("plan", "update-code", p.itemHash(), right.toString(), "--address", KEY0.address());
        assertThat(ok.code()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("cold start");
    }

    @Test
    void codeOverTheInlineLimitIsRefusedForAZipProgramAndSquashfsIsOfferedTheSwitch() {
        Message p = program("large", squashfsVolume("large"));
        Path big = folder("big");
        write(big.resolve("main.py"), "app = None\n".getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[10_500_000];
        new Random(7).nextBytes(noise);
        write(big.resolve("blob.bin"), noise);
        CliRun r = cli("--json", "plan", "update-code", p.itemHash(), big.toString(), "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.json().path("reason").asText()).contains("packaged as squashfs").contains("code.encoding zip");
        assertThat(r.json().path("alternative").path("switch_encoding").asBoolean()).isTrue();
        assertThat(r.json().path("alternative").path("artifact").path("encoding").asText()).isEqualTo("squashfs");

        Message code = w.store(KEY0, "hsqs boot code squashfs", null, "boot code squashfs");
        Signed.ProgramSpec s2 = new Signed.ProgramSpec();
        s2.codeRef = code.itemHash();
        s2.encoding = "squashfs";
        s2.name = "boot-squashfs";
        Message squashfsProgram = w.program(KEY0, s2);
        CliRun planned = cli("--json", "plan", "update-code", squashfsProgram.itemHash(), big.toString(), "--address",
                KEY0.address());
        assertThat(planned.code()).as(planned.toString()).isZero();
        assertThat(planned.json().path("result").asText()).isEqualTo("plan");

        Path image = w.file("code.squashfs", "hsqs a squashfs image of the code");
        CliRun s = cli("--json", "plan", "update-code", p.itemHash(), image.toString(), "--address", KEY0.address());
        assertThat(s.code()).as(s.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(s.json().path("reason").asText()).contains("code.encoding zip");
        assertThat(s.json().path("alternative").path("kind").asText()).isEqualTo("update-code");
        assertThat(s.json().path("alternative").path("switch_encoding").asBoolean()).isTrue();
    }

    @Test
    void aVolumeFileThatIsNotSquashfsIsRefusedNamingTheProgramsThatMountIt() {
        Message volume = squashfsVolume("mounted");
        Message p = program("mounted", volume);
        Path zip = w.file("volume.zip", "PK\u0003\u0004a zip, not a squashfs image");
        CliRun r = cli("plan", "update-volume", volume.itemHash(), zip.toString(), "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).contains(p.itemHash()).contains("stop booting").contains("squashfs");

        Path image = w.file("volume.squashfs", "hsqs the next squashfs revision");
        CliRun ok = cli("plan", "update-volume", volume.itemHash(), image.toString(), "--address", KEY0.address());
        assertThat(ok.code()).as(ok.toString()).isZero();

        CliRun upload = cli("plan", "upload", zip.toString(), "--address", KEY0.address());
        assertThat(upload.code()).as(upload.toString()).isZero();
        assertThat(upload.out()).contains("programs cannot mount it");
    }

    @Test
    void aProgramWhoseVolumeGotAZipRevisionWillNotStart() {
        Message volume = squashfsVolume("zipped");
        Message p = program("zipped", volume);
        Message fine = program("fine", squashfsVolume("fine"));
        Message zipRevision = w.store(KEY0, "PK\u0003\u0004a zip revision posted by hand", volume.itemHash(), null);

        CliRun r = cli("--json", "inventory", "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode broken = program(r.json(), p.itemHash());
        assertThat(broken.path("boot").path("ok").asBoolean()).isFalse();
        assertThat(broken.path("boot").path("problems").findValuesAsText("code")).contains("volume-not-squashfs");
        assertThat(broken.path("boot").path("problems").findValuesAsText("subject")).contains(zipRevision.itemHash());
        assertThat(program(r.json(), fine.itemHash()).path("boot").path("problems").findValuesAsText("code"))
                .doesNotContain("volume-not-squashfs");

        CliRun offline = cli("--json", "inventory", "--address", KEY0.address(), "--offline");
        assertThat(program(offline.json(), p.itemHash()).path("boot").path("problems").findValuesAsText("code"))
                .contains("volume-not-squashfs");
        assertThat(kindCacheLines()).anyMatch(l -> l.endsWith(" zip")).anyMatch(l -> l.endsWith(" squashfs"));
    }

    /** The file kind cache the CLI keeps next to its inventory cache. */
    private static List<String> kindCacheLines() {
        try (var files = Files.walk(data)) {
            Path cache = files.filter(f -> f.getFileName().toString().equals("file-kinds.txt")).findFirst().orElseThrow();
            return Files.readAllLines(cache);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode program(JsonNode inventory, String hash) {
        for (JsonNode n : inventory.path("programs")) {
            if (n.path("hash").asText().equals(hash)) {
                return n;
            }
        }
        throw new AssertionError("program " + hash + " is not in the inventory");
    }
}
