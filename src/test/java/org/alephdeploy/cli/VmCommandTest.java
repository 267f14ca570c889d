package org.alephdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.VmClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vm boot | get | logs} against a sandbox over HTTP. */
class VmCommandTest {
    @TempDir
    static Path tmp;
    static SandboxNode node;
    static Message good;
    static Message broken;

    @BeforeAll
    static void start() throws IOException {
        node = SandboxNode.start(SandboxOptions.builder(tmp.resolve("node")).port(0).build());
        node.computeNode().runPrograms(true);
        VmClient c = new VmClient(node.url());
        KeyPairSigner a = KeyPairSigner.fromHex(CliRun.KEY0);
        Message packages = c.store(a, VmClient.squashfs(tmp, Map.of("greeting.py", "TEXT = 'from cli'\n")), null);
        Message code = c.store(a, VmClient.zip(Map.of("main.py", VmClient.asgiMain(""))), null);
        good = c.program(a, code.itemHash(), "main:app", packages.itemHash(), "/opt/packages", true, 30);
        Message zipVolume = c.store(a, VmClient.zip(Map.of("greeting.py", "TEXT = 'zip'\n")), null);
        broken = c.program(a, code.itemHash(), "main:app", zipVolume.itemHash(), "/opt/packages", true, 30);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void bootGetAndLogs() {
        CliRun boot = CliRun.run(CliRun.args(tmp.resolve("cli"), node.url(), "vm", "boot", good.itemHash()));
        assertThat(boot.code()).as(boot.err()).isZero();
        assertThat(boot.out()).contains("Boots").contains("/opt/packages").contains("squashfs");

        CliRun get = CliRun.run(CliRun.args(tmp.resolve("cli"), node.url(), "vm", "get", good.itemHash(), "/"));
        assertThat(get.code()).as(get.err()).isZero();
        assertThat(get.out()).contains("HTTP 200").contains("from cli");

        CliRun logs = CliRun.run(CliRun.args(tmp.resolve("cli"), node.url(), "vm", "logs", good.itemHash()));
        assertThat(logs.out()).contains("served /");
    }

    @Test
    void aProgramThatWouldNotBootFails() {
        CliRun boot = CliRun.run(CliRun.args(tmp.resolve("cli"), node.url(), "vm", "boot", broken.itemHash()));
        assertThat(boot.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(boot.out()).contains("volume-not-squashfs");
        CliRun get = CliRun.run(CliRun.args(tmp.resolve("cli"), node.url(), "--json", "vm", "get", broken.itemHash()));
        assertThat(get.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(get.out()).contains("\"status\" : 503").contains("\"problem\" : \"volume-not-squashfs\"");
    }

    @Test
    void needsASandbox() {
        CliRun r = CliRun.run("--data-dir", tmp.resolve("cli").toString(), "vm", "boot", good.itemHash());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--node sandbox");
    }
}
