package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.alephdeploy.message.MessageType;

/** The sandbox as a compute node, over real HTTP: resolution, rules, running and updates (issue 11). */
class ComputeNodeTest {
    @TempDir
    static Path tmp;
    static NodeHarness h;
    static VmClient vm;

    @BeforeAll
    static void start() {
        h = NodeHarness.start();
        h.node.computeNode().runPrograms(true);
        vm = new VmClient(h.node.url());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static String answer(Message program) {
        VmClient.Res r = vm.get("/vm/" + program.itemHash() + "/");
        assertThat(r.status()).as("GET /vm/ answered %s", r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void servesTheModuleOfItsVolumeAndFollowsRevisions() {
        Message packages = vm.store(NodeHarness.A, VmClient.squashfs(tmp, Map.of("greeting.py", "TEXT = 'v1'\n")), null);
        Message code = vm.store(NodeHarness.A, VmClient.zip(Map.of("main.py", VmClient.asgiMain(""))), null);
        Message latest = vm.program(NodeHarness.A, code.itemHash(), "main:app", packages.itemHash(), "/opt/packages", true, 30);
        Message pinned = vm.program(NodeHarness.A, code.itemHash(), "main:app", packages.itemHash(), "/opt/packages", false, 30);

        assertThat(answer(latest)).isEqualTo("v1");
        assertThat(answer(pinned)).isEqualTo("v1");
        assertThat(vm.get("/vm/" + latest.itemHash() + "/env").body()).isEqualTo("hello from the variables");

        vm.store(NodeHarness.A, VmClient.squashfs(tmp, Map.of("greeting.py", "TEXT = 'v2'\n")), packages.itemHash());
        assertThat(answer(latest)).isEqualTo("v2");
        assertThat(answer(pinned)).as("a pinned volume keeps the old files").isEqualTo("v1");

        vm.store(NodeHarness.A, VmClient.zip(Map.of("main.py", VmClient.asgiMain("code2:"))), code.itemHash());
        assertThat(answer(latest)).as("same program hash, new code revision").isEqualTo("code2:v2");

        JsonNode boot = vm.get("/api/v0/sandbox/vm/" + latest.itemHash() + "/boot").json();
        assertThat(boot.path("ok").asBoolean()).isTrue();
        assertThat(boot.path("resolved").path("runtime").path("kind").asText()).isEqualTo("squashfs");
        JsonNode volume = boot.path("resolved").path("volumes").get(0);
        assertThat(volume.path("mount").asText()).isEqualTo("/opt/packages");
        assertThat(volume.path("ref").asText()).isEqualTo(packages.itemHash());
        assertThat(volume.path("used_ref").asText()).isNotEqualTo(packages.itemHash());
        assertThat(volume.path("kind").asText()).isEqualTo("squashfs");
        assertThat(vm.get("/api/v0/sandbox/vm/" + latest.itemHash() + "/logs").json().path("lines").toString())
                .contains("served /");

        Message zipRevision = vm.store(NodeHarness.A, VmClient.zip(Map.of("greeting.py", "TEXT = 'zip'\n")), packages.itemHash());
        VmClient.Res broken = vm.get("/vm/" + latest.itemHash() + "/");
        assertThat(broken.status()).isEqualTo(503);
        assertThat(broken.json().path("code").asText()).isEqualTo("volume-not-squashfs");
        assertThat(broken.json().path("reason").asText()).contains(zipRevision.itemHash()).contains("squashfs");
        assertThat(answer(pinned)).as("the pinned volume, the latest code").isEqualTo("code2:v1");
    }

    @Test
    void codeOverTenMillionBytesIsTooLarge() throws Exception {
        byte[] noise = new byte[10_500_000];
        new Random(7).nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("main.py"));
            z.write(VmClient.asgiMain("").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("noise.bin"));
            z.write(noise);
        }
        assertThat(out.size()).isGreaterThan(10_000_000);
        Message code = vm.store(NodeHarness.A, out.toByteArray(), null);
        Message program = vm.program(NodeHarness.A, code.itemHash(), "main:app", null, null, true, 30);
        VmClient.Res r = vm.get("/vm/" + program.itemHash() + "/");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().path("code").asText()).isEqualTo("code-too-large");
        assertThat(r.json().path("reason").asText()).contains("10000000");
    }

    @Test
    void aMissingEntrypointAnswersTheImportError() {
        Message code = vm.store(NodeHarness.A, VmClient.zip(Map.of("app/main.py", VmClient.asgiMain(""))), null);
        Message program = vm.program(NodeHarness.A, code.itemHash(), "main:app", null, null, true, 30);
        VmClient.Res r = vm.get("/vm/" + program.itemHash() + "/");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().path("code").asText()).isEqualTo("entrypoint-import-failed");
        assertThat(r.json().path("reason").asText()).contains("No module named 'main'");
        assertThat(vm.get("/api/v0/sandbox/vm/" + program.itemHash() + "/logs").json().path("lines").toString())
                .contains("ModuleNotFoundError");
    }

    @Test
    void aRuntimeThatIsNotSquashfsIsRefused() {
        Message runtime = vm.store(NodeHarness.A, "not a root file system".getBytes(StandardCharsets.UTF_8), null);
        Message code = vm.store(NodeHarness.A, VmClient.zip(Map.of("main.py", "app = None\n")), null);
        ObjectNode c = h.programContent(NodeHarness.A.address(), code.itemHash(), true,
                false, null);
        ((ObjectNode) c.get("runtime")).put("ref", runtime.itemHash());
        Message program = vm.submit(h.sign(NodeHarness.A, MessageType.PROGRAM, c));
        JsonNode boot = vm.get("/api/v0/sandbox/vm/" + program.itemHash() + "/boot").json();
        assertThat(boot.path("ok").asBoolean()).isFalse();
        assertThat(boot.path("problems").get(0).path("code").asText()).isEqualTo("runtime-not-squashfs");
        assertThat(boot.path("state").path("running").asBoolean()).isFalse();
        assertThat(vm.get("/vm/" + program.itemHash() + "/").status()).isEqualTo(503);
    }

    @Test
    void anExecutableServesOnThePortItIsGiven() {
        String server = """
                #!/usr/bin/env python3
                import os
                from http.server import BaseHTTPRequestHandler, HTTPServer

                class Handler(BaseHTTPRequestHandler):
                    def do_GET(self):
                        body = ("exec " + self.path + " " + os.environ["GREETING"] + " " + os.getcwd()).encode()
                        self.send_response(200)
                        self.send_header("Content-Length", str(len(body)))
                        self.end_headers()
                        self.wfile.write(body)

                HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Handler).serve_forever()
                """;
        Message code = vm.store(NodeHarness.A, VmClient.zip(Map.of("bin/server", server)), null);
        Message program = vm.program(NodeHarness.A, code.itemHash(), "bin/server", null, null, true, 30);
        VmClient.Res r = vm.get("/vm/" + program.itemHash() + "/hello?x=1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).startsWith("exec /hello?x=1 hello from the variables ").endsWith("/opt/code");
        JsonNode boot = vm.get("/api/v0/sandbox/vm/" + program.itemHash() + "/boot").json();
        assertThat(boot.path("launch").path("interface").asText()).isEqualTo("executable");
        assertThat(boot.path("state").path("running").asBoolean()).isTrue();
    }

    @Test
    void runningProgramsIsOptIn() {
        Message code = vm.store(NodeHarness.A, VmClient.zip(Map.of("main.py", "app = None\n")), null);
        Message program = vm.program(NodeHarness.A, code.itemHash(), "main:app", null, null, true, 30);
        h.node.computeNode().runPrograms(false);
        try {
            VmClient.Res r = vm.get("/vm/" + program.itemHash() + "/");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().path("code").asText()).isEqualTo("compute-node-off");
            assertThat(r.json().path("reason").asText()).contains("--run-programs");
            assertThat(vm.get("/api/v0/sandbox/vm/" + program.itemHash() + "/boot").json().path("ok").asBoolean()).isTrue();
        } finally {
            h.node.computeNode().runPrograms(true);
        }
    }

    @Test
    void anUnknownProgramIsNotFound() {
        assertThat(vm.get("/vm/" + "ab".repeat(32) + "/").status()).isEqualTo(404);
    }
}
