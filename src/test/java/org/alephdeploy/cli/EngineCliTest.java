package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.alephdeploy.Slow;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;

/** inventory, plan, apply and journal from the command line against a sandbox node; exit codes and JSON. */
class EngineCliTest {
    private static SandboxWorld w;
    private static Path data;
    private static String[] wallet;
    private static String node;

    @BeforeAll
    static void start() {
        w = SandboxWorld.start();
        data = w.dir.resolve("cli");
        wallet = CliRun.wallet(data).toArray(String[]::new);
        node = w.node.url();
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static CliRun cli(String... rest) {
        return CliRun.run(CliRun.args(data, node, rest));
    }

    private static Message program(String tag, boolean codeLatest, boolean allowAmend) {
        Message code = w.store(KEY0, "PK\u0003\u0004cli code " + tag, null, "cli code " + tag);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.codeLatest = codeLatest;
        s.allowAmend = allowAmend;
        s.name = "cli-" + tag;
        return w.program(KEY0, s);
    }

    @Test
    void inventoryListsProgramsAndVolumesInTextAndJson() {
        Message p = program("inv", true, true);
        CliRun text = cli("inventory", "--address", KEY0.address());
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains(p.itemHash()).contains("cli-inv").contains("Volumes");

        CliRun json = cli("--json", "inventory", "--address", KEY0.address().toLowerCase());
        assertThat(json.code()).as(json.toString()).isZero();
        JsonNode j = json.json();
        assertThat(j.path("address").asText()).isEqualTo(KEY0.address());
        assertThat(j.path("programs").findValuesAsText("hash")).contains(p.itemHash());

        CliRun offline = cli("--json", "inventory", "--address", KEY0.address(), "--offline");
        assertThat(offline.code()).as(offline.toString()).isZero();
        assertThat(offline.json().path("offline").asBoolean()).isTrue();
        assertThat(offline.json().path("programs").findValuesAsText("hash")).contains(p.itemHash());
    }

    @Test
    void planPrintsStepsAndSignsNothing() {
        Message p = program("plan", true, true);
        Path code = w.file("cli-plan.zip", "PK\u0003\u0004cli plan v2");
        int before = w.get("/api/v0/messages.json?msgTypes=STORE&owners=" + KEY0.address() + "&pagination=0").path("messages").size();
        CliRun r = cli("--json", "plan", "update-code", p.itemHash(), code.toString(), "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().path("result").asText()).isEqualTo("plan");
        assertThat(r.json().path("steps").findValuesAsText("kind")).containsExactly("upload", "publish_store", "await_processed");
        int after = w.get("/api/v0/messages.json?msgTypes=STORE&owners=" + KEY0.address() + "&pagination=0").path("messages").size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aRefusalExitsWith3AndNamesTheAlternative() {
        Message p = program("locked", false, false);
        CliRun r = cli("plan", "change", p.itemHash(), "--vcpus", "2", "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).contains("Refused").contains("immutable").contains("Instead");
        assertThat(w.status(p.itemHash())).isEqualTo("processed");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(cli("plan", "delete", "nothex", "--address", KEY0.address()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("apply", "delete", "ab".repeat(32), "--address", KEY0.address()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("plan", "delete", "ab".repeat(32), "--yes", "--address", KEY0.address()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli("plan", "delete", "ab".repeat(32)).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @Slow
    void anUnreachableNodeExitsWith4() {
        CliRun r = CliRun.run(CliRun.args(data, "http://127.0.0.1:9", "inventory", "--address", KEY0.address(), "--full"));
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    }

    @Test
    void applyWithoutYesAsksForTheProgramNameBeforeADelete() {
        Message p = program("del", true, true);
        String[] args = CliRun.args(data, node, "apply", "delete", p.itemHash(), wallet[0], wallet[1], wallet[2], wallet[3]);
        CliRun wrong = CliRun.withInput("not the name\n", args);
        assertThat(wrong.code()).as(wrong.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrong.err()).contains("Type its name");
        assertThat(w.status(p.itemHash())).isEqualTo("processed");

        CliRun right = CliRun.withInput("cli-del\n", args);
        assertThat(right.code()).as(right.toString()).isZero();
        assertThat(w.status(p.itemHash())).isEqualTo("forgotten");
        assertThat(right.out()).contains("done").contains("Verified on the node");
    }

    @Test
    void applyUpdatesCodeAndTheJournalListsAndShowsIt() {
        Message p = program("apply", true, true);
        Path code = w.file("cli-apply.zip", "PK\u0003\u0004cli apply v2");
        CliRun r = cli("--json", "apply", "update-code", p.itemHash(), code.toString(), "--yes", wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(r.code()).as(r.toString()).isZero();
        String id = r.json().path("outcome").path("operation").asText();
        assertThat(r.json().path("outcome").path("status").asText()).isEqualTo("done");
        assertThat(r.err()).contains("step 1/3");
        String root = w.content(p.itemHash()).path("code").path("ref").asText();
        assertThat(w.latestFile(root)).isEqualTo(ItemHashes.sha256Hex(
                "PK\u0003\u0004cli apply v2".getBytes(StandardCharsets.UTF_8)));

        CliRun list = cli("--json", "journal", "list");
        assertThat(list.code()).isZero();
        assertThat(list.json().findValuesAsText("id")).contains(id);
        CliRun show = cli("--json", "journal", "show", id);
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.json().path("status").asText()).isEqualTo("done");
        assertThat(show.json().path("checks").size()).isGreaterThan(0);
        assertThat(cli("journal", "abandon", id).code()).isEqualTo(ExitCodes.FAILED);
        assertThat(cli("journal", "resume", id, wallet[0], wallet[1], wallet[2], wallet[3]).code()).isEqualTo(ExitCodes.FAILED);
        assertThat(cli("journal", "show", "no-such-op").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aRejectedMessageExitsWith1AndAbandonSaysWhatExists() {
        CliRun r = cli("--json", "apply", "pin-cid", "--new", "QmYULJoNGPDmoRq4WNWTDTUvJGJv1hosox8H6vVd1kCsY8",
                "--yes", wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        JsonNode outcome = r.json().path("outcome");
        assertThat(outcome.path("status").asText()).isEqualTo("failed");
        assertThat(outcome.path("error_code").asInt()).isEqualTo(4);
        String id = outcome.path("operation").asText();

        CliRun abandon = cli("--json", "journal", "abandon", id);
        assertThat(abandon.code()).as(abandon.toString()).isZero();
        assertThat(abandon.json().path("status").asText()).isEqualTo("abandoned");
        assertThat(abandon.json().path("on_node").get(0).asText()).contains("new volume");
        assertThat(cli("--json", "journal", "show", id).json().path("status").asText()).isEqualTo("abandoned");
    }

    @Test
    void nodeSandboxStartsTheEmbeddedNodeOnTheDataDir() {
        Path dir = w.dir.resolve("embedded");
        CliRun r = CliRun.run("--data-dir", dir.toString(), "--node", "sandbox", "--json", "inventory", "--address", KEY0.address());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().path("network").asText()).isEqualTo("sandbox");
        assertThat(Files.exists(dir.resolve("data/sandbox/sandbox.db"))).isTrue();
    }

    @Test
    void aWatchOnlyAccountCanLookAndPlanButThePlannerRefusesToSign() {
        Message p = program("watch", true, true);
        Path other = w.dir.resolve("cli-watch");
        new WalletStore(AppDirs.under(other).wallets(),
                ScryptParams.LIGHT).watch("viewer", KEY0.address());
        CliRun r = CliRun.run(CliRun.args(other, node, "plan", "delete", p.itemHash(), "--wallet", "viewer"));
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.out()).contains("watch-only");
        CliRun apply = CliRun.run(CliRun.args(other, node, "apply", "delete", p.itemHash(), "--yes", "--wallet", "viewer"));
        assertThat(apply.code()).as(apply.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(w.status(p.itemHash())).isEqualTo("processed");
    }
}
