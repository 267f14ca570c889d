package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.alephdeploy.deploy.pack.ReferenceTools;
import org.alephdeploy.deploy.pack.SquashfsWriterTest;
import org.alephdeploy.deploy.run.LocalArtifacts;
import org.junit.jupiter.api.Test;

/**
 * {@code apply upload DIR} and {@code apply update-volume ROOT DIR} against a sandbox node over
 * HTTP: the stored file, downloaded again, is a squashfs image that {@code unsquashfs} extracts to
 * the folder's tree (same bytes, executable bits and links), without the files left out.
 */
class SquashfsVolumeCliTest extends SandboxCliTest {
    private static CliRun cli(String... rest) {
        return CliRun.run(CliRun.args(data, w.node.url(), rest));
    }

    @Test
    void uploadAndUpdateVolumeStoreSquashfsImagesOfTheFolder() throws Exception {
        Path expected = volumeFolder(w.dir.resolve("expected-v1"), "v1");
        Path dir = withLeftOutFiles(copy(expected, w.dir.resolve("volume-dir")));

        CliRun plan1 = cli("--json", "plan", "upload", dir.toString(), "--address", KEY0.address());
        CliRun plan2 = cli("--json", "plan", "upload", dir.toString(), "--address", KEY0.address());
        assertThat(plan1.code()).as(plan1.toString()).isZero();
        JsonNode artifact = plan1.json().path("intent").path("artifact");
        assertThat(artifact.path("encoding").asText()).isEqualTo("squashfs");
        assertThat(artifact.path("sha256").asText()).isEqualTo(plan2.json().path("intent").path("artifact").path("sha256").asText());
        assertThat(artifact.path("left_out")).extracting(JsonNode::asText)
                .containsExactly(".env", ".git/", "__pycache__/", "secret.pem");
        assertThat(plan1.err()).contains("Everything uploaded is public").contains("Left out");

        CliRun upload = cli("--json", "apply", "upload", dir.toString(), "--name", "squashed", "--yes",
                wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(upload.code()).as(upload.toString()).isZero();
        String fileHash = artifact.path("sha256").asText();
        checkStoredImage(fileHash, expected);
        String root = rootStoring(fileHash);

        Path expected2 = volumeFolder(w.dir.resolve("expected-v2"), "v2");
        Path dir2 = withLeftOutFiles(copy(expected2, w.dir.resolve("volume-dir-2")));
        CliRun update = cli("--json", "apply", "update-volume", root, dir2.toString(), "--yes",
                wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(update.code()).as(update.toString()).isZero();
        JsonNode artifact2 = update.json().path("plan").path("intent").path("artifact");
        assertThat(artifact2.path("encoding").asText()).isEqualTo("squashfs");
        String fileHash2 = artifact2.path("sha256").asText();
        assertThat(fileHash2).isNotEqualTo(fileHash);
        assertThat(w.latestFile(root)).isEqualTo(fileHash2);
        checkStoredImage(fileHash2, expected2);
    }

    /** Downloads the stored file and checks it with unsquashfs against the expected tree. */
    private static void checkStoredImage(String fileHash, Path expected) throws IOException, InterruptedException {
        Path image = w.dir.resolve("download-" + fileHash + ".squashfs");
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(w.node.url() + "/api/v0/storage/raw/" + fileHash)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        try (InputStream in = r.body()) {
            Files.copy(in, image, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(LocalArtifacts.sha256(image)).isEqualTo(fileHash);
        ReferenceTools.run("unsquashfs", "-stat", image.toString());
        String listing = ReferenceTools.run("unsquashfs", "-lls", image.toString());
        assertThat(listing).contains("-rwxr-xr-x root/root").contains("squashfs-root/bin/start.sh")
                .doesNotContain(".env").doesNotContain(".git").doesNotContain("secret.pem");
        Path out = w.dir.resolve("extracted-" + fileHash);
        ReferenceTools.run("unsquashfs", "-no-progress", "-d", out.toString(), image.toString());
        assertThat(SquashfsWriterTest.describe(out)).isEqualTo(SquashfsWriterTest.describe(expected));
        assertThat(Files.isExecutable(out.resolve("bin/start.sh"))).isTrue();
    }

    private static String rootStoring(String fileHash) {
        JsonNode messages = w.get("/api/v0/messages.json?msgTypes=STORE&owners=" + KEY0.address() + "&pagination=0")
                .path("messages");
        for (JsonNode m : messages) {
            if (fileHash.equals(m.path("content").path("item_hash").asText())) {
                return m.path("item_hash").asText();
            }
        }
        throw new AssertionError("no STORE message of " + fileHash + " among " + messages.size());
    }

    private static Path volumeFolder(Path root, String version) throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib/python/pkg"));
        Files.createDirectories(root.resolve("empty"));
        Path start = Files.writeString(root.resolve("bin/start.sh"), "#!/bin/sh\nexec python3 -m pkg " + version + "\n");
        Files.setPosixFilePermissions(start, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("lib/python/pkg/__init__.py"), "VERSION = '" + version + "'\n");
        Files.write(root.resolve("lib/python/pkg/data.bin"), new byte[300_000]);
        Files.writeString(root.resolve("README.txt"), "volume " + version + "\n".repeat(1000));
        Files.createSymbolicLink(root.resolve("lib/current"), Path.of("python/pkg"));
        return root;
    }

    private static Path withLeftOutFiles(Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), "TOKEN=secret\n");
        Files.writeString(dir.resolve("secret.pem"), "-----BEGIN PRIVATE KEY-----\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(dir.resolve("__pycache__"));
        Files.writeString(dir.resolve("__pycache__/x.cpython-311.pyc"), "x");
        return dir;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
