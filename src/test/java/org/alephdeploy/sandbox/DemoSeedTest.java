package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** {@code --seed demo}: the content {@link DemoSeed} documents, processed for real, idempotent. */
class DemoSeedTest {
    private static Map<String, JsonNode> byName(NodeHarness h, String query) {
        Map<String, JsonNode> out = new HashMap<>();
        h.get("/api/v0/messages.json?pagination=0&channels=" + DemoSeed.CHANNEL + "&" + query).json().path("messages")
                .forEach(m -> {
                    JsonNode name = m.path("content").path("metadata").path("name");
                    if (name.isTextual()) {
                        out.put(name.asText(), m);
                    }
                });
        return out;
    }

    @Test
    void demoContentIsThereAndSurvivesARestart() {
        NodeHarness h = NodeHarness.start(b -> b.seed(Seed.DEMO).syncWait(Duration.ofSeconds(30)));
        try {
            Map<String, JsonNode> programs = byName(h, "msgTypes=PROGRAM");
            assertThat(programs).containsKeys(DemoSeed.WEB_API, DemoSeed.STATIC_SITE, DemoSeed.WORKER,
                    DemoSeed.WORKER_AMEND_1, DemoSeed.WORKER_AMEND_2, DemoSeed.PARTNER_APP);
            assertThat(programs).doesNotContainKey(DemoSeed.OLD_API);
            Map<String, JsonNode> stores = byName(h, "msgTypes=STORE");
            assertThat(stores).containsKeys(DemoSeed.WEB_API_CODE, DemoSeed.WEB_API_CODE_V2, DemoSeed.ASSETS_VOLUME,
                    DemoSeed.ASSETS_VOLUME_REV1, DemoSeed.ASSETS_VOLUME_REV2, DemoSeed.CONFIG_VOLUME, DemoSeed.SHARED_VOLUME,
                    DemoSeed.PARTNER_CODE);

            JsonNode webApi = programs.get(DemoSeed.WEB_API).path("content");
            assertThat(webApi.path("allow_amend").asBoolean()).isTrue();
            assertThat(webApi.path("code").path("use_latest").asBoolean()).isTrue();
            assertThat(webApi.path("volumes").get(0).path("use_latest").asBoolean()).isTrue();
            assertThat(webApi.path("volumes").get(1).path("use_latest").asBoolean()).isFalse();
            JsonNode site = programs.get(DemoSeed.STATIC_SITE).path("content");
            assertThat(site.path("allow_amend").asBoolean()).isFalse();
            assertThat(site.path("code").path("use_latest").asBoolean()).isFalse();

            String worker = programs.get(DemoSeed.WORKER).path("item_hash").asText();
            String amend1 = programs.get(DemoSeed.WORKER_AMEND_1).path("item_hash").asText();
            assertThat(programs.get(DemoSeed.WORKER_AMEND_1).path("content").path("replaces").asText()).isEqualTo(worker);
            assertThat(programs.get(DemoSeed.WORKER_AMEND_2).path("content").path("replaces").asText()).isEqualTo(amend1);

            JsonNode partner = programs.get(DemoSeed.PARTNER_APP);
            assertThat(partner.path("sender").asText()).isEqualTo(DemoSeed.ACCOUNT_1);
            String shared = stores.get(DemoSeed.SHARED_VOLUME).path("item_hash").asText();
            assertThat(partner.path("content").path("volumes").get(0).path("ref").asText()).isEqualTo(shared);
            assertThat(stores.get(DemoSeed.SHARED_VOLUME).path("sender").asText()).isEqualTo(DemoSeed.ACCOUNT_0);

            String assets = stores.get(DemoSeed.ASSETS_VOLUME).path("item_hash").asText();
            assertThat(h.get("/api/v0/messages.json?refs=" + assets).json().path("pagination_total").asInt()).isEqualTo(2);
            assertThat(h.get("/api/v0/storage/by-ref/" + assets).json().path("file_hash").asText())
                    .isEqualTo(stores.get(DemoSeed.ASSETS_VOLUME_REV2).path("content").path("item_hash").asText());

            JsonNode forgotten = h.get("/api/v0/messages.json?msgStatuses=forgotten").json().path("messages");
            assertThat(forgotten).hasSize(1);
            String oldApi = forgotten.get(0).path("item_hash").asText();
            List<DemoSeed.Item> items = DemoSeed.items(false);
            assertThat(items.stream().filter(i -> i.name().equals(DemoSeed.OLD_API)).findFirst().orElseThrow()
                    .message().itemHash()).isEqualTo(oldApi);
            assertThat(h.status(shared)).isEqualTo("processed");
        } finally {
            h.node.close();
        }
        try (var again = SandboxNode.start(SandboxOptions.builder(h.dir).port(0).seed(Seed.DEMO).build())) {
            NodeHarness.Res r = new NodeHarnessView(again).get("/api/v0/messages.json?channels=" + DemoSeed.CHANNEL + "&pagination=0");
            assertThat(r.json().path("messages").size()).as("every demo message but the forgotten program, once").isEqualTo(DemoSeed.items(false).size() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            NodeHarness.deleteTree(h.dir);
        }
    }

    /**
     * The demo's files are what they claim to be, judged by the reference tools: code is a zip holding
     * main.py, volumes are squashfs images holding content.txt, except the one documented broken file.
     */
    @Test
    void demoFilesAreRealArchives() throws Exception {
        Path dir = Files.createTempDirectory("demo-files");
        try {
            for (DemoSeed.Item item : DemoSeed.items(false)) {
                if (item.file() == null) {
                    continue;
                }
                Path f = dir.resolve(item.message().itemHash());
                Files.write(f, item.file());
                boolean volume = item.name().contains("volume");
                boolean broken = item.name().equals(DemoSeed.ASSETS_VOLUME_REV2);
                if (volume && !broken) {
                    assertThat(run("unsquashfs", "-l", f.toString())).as(item.name()).contains("squashfs-root/content.txt");
                } else {
                    assertThat(run("unzip", "-l", f.toString())).as(item.name())
                            .contains(broken ? "content.txt" : "main.py");
                }
            }
        } finally {
            NodeHarness.deleteTree(dir);
        }
    }

    /** With programs run, every demo program answers GET / but web-api, whose assets volume's latest revision is a zip. */
    @Test
    void everyDemoProgramBootsButTheOneBrokenOnPurpose() {
        NodeHarness h = NodeHarness.start(b -> b.seed(Seed.DEMO).syncWait(Duration.ofSeconds(30)));
        try {
            h.node.computeNode().runPrograms(true);
            Map<String, JsonNode> programs = byName(h, "msgTypes=PROGRAM");
            assertThat(programs).hasSize(6);
            programs.forEach((name, m) -> {
                String hash = m.path("item_hash").asText();
                NodeHarness.Res r = h.get("/vm/" + hash + "/");
                if (name.equals(DemoSeed.WEB_API)) {
                    assertThat(r.status()).as(name).isEqualTo(503);
                    assertThat(r.json().path("code").asText()).isEqualTo("volume-not-squashfs");
                } else {
                    assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(200);
                    assertThat(r.body()).contains("<h1>" + name.split(" ")[0] + " (code v1)</h1>");
                }
            });
            NodeHarness.Res site = h.get("/vm/" + programs.get(DemoSeed.STATIC_SITE).path("item_hash").asText() + "/");
            assertThat(site.body()).contains("/data/content.txt: demo shared data");
        } finally {
            h.close();
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    /** Minimal HTTP access to an already started node. */
    private record NodeHarnessView(SandboxNode node) {
        NodeHarness.Res get(String path) {
            try {
                var resp = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(node.url() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new NodeHarness.Res(resp.statusCode(), resp.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
