package org.alephdeploy.service.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local compute node through the service layer, against the demo sandbox over real HTTP. */
class SandboxVmTest {
    @TempDir
    static Path dir;
    private static SandboxNode node;
    private static SandboxVm vm;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(SandboxOptions.builder(Files.createDirectories(dir.resolve("node"))).seed(Seed.DEMO).build());
        node.computeNode().runPrograms(true);
        vm = new SandboxVm(node.url());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String hash(String name) {
        return DemoSeed.items(false).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().message().itemHash();
    }

    @Test
    void aBootingProgramAnswersAndLogsItsStart() throws Exception {
        String site = hash(DemoSeed.STATIC_SITE);
        assertThat(vm.boot(site).ok()).isTrue();
        SandboxVm.Answer answer = vm.answer(site);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.head()).startsWith("<!doctype html><title>static-site</title>");
        assertThat(vm.boot(site).running()).isTrue();
        assertThat(vm.logs(site, 20)).anyMatch(l -> l.contains("started"));
        assertThat(vm.url(site)).isEqualTo(node.url() + "/vm/" + site + "/");
    }

    @Test
    void theBrokenDemoProgramSaysWhyAndAnswers503() throws Exception {
        String web = hash(DemoSeed.WEB_API);
        SandboxVm.Boot boot = vm.boot(web);
        assertThat(boot.ok()).isFalse();
        assertThat(boot.problems()).singleElement().asString().contains("/opt/assets");
        SandboxVm.Answer answer = vm.answer(web);
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.head()).contains("volume-not-squashfs");
    }
}
