package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;
import org.alephdeploy.wallet.PublicTestKeys;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.deploy.TamperingProxy;
import java.util.Set;

/** {@code plan --json} carries the digest of what it will sign; {@code apply --plan} signs only that. */
class PlanBindingCliTest extends SandboxCliTest {
    private static CliRun cli(String... rest) {
        return CliRun.run(CliRun.args(data, w.node.url(), rest));
    }

    private static Message program(String tag) {
        Message code = w.store(KEY0, "PK\u0003\u0004binding code " + tag, null, "binding code " + tag);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.codeLatest = true;
        s.allowAmend = true;
        s.name = "binding-" + tag;
        return w.program(KEY0, s);
    }

    private static int programs() {
        return w.get("/api/v0/messages.json?msgTypes=PROGRAM&owners=" + KEY0.address() + "&pagination=0").path("messages").size();
    }

    private Path save(CliRun plan, String name) throws Exception {
        assertThat(plan.code()).as(plan.toString()).isZero();
        return Files.writeString(w.dir.resolve(name), plan.out());
    }

    @Test
    void aSavedPlanIsSignedWhenNothingChanged() throws Exception {
        Message p = program("fresh");
        CliRun plan = cli("--json", "plan", "change", p.itemHash(), "--vcpus", "2", wallet[0], wallet[1]);
        assertThat(plan.json().path("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(plan.json().path("signer").asText()).isEqualToIgnoringCase(KEY0.address());
        assertThat(plan.json().path("network").asText()).isNotEmpty();
        CliRun again = cli("--json", "plan", "change", p.itemHash(), "--vcpus", "2", wallet[0], wallet[1]);
        assertThat(again.json().path("digest").asText()).isEqualTo(plan.json().path("digest").asText());
        CliRun other = cli("--json", "plan", "change", p.itemHash(), "--vcpus", "3", wallet[0], wallet[1]);
        assertThat(other.json().path("digest").asText()).isNotEqualTo(plan.json().path("digest").asText());

        Path file = save(plan, "fresh-plan.json");
        CliRun apply = cli("--json", "apply", "--plan", file.toString(), "--yes", wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(apply.json().path("outcome").path("status").asText()).isEqualTo("done");
    }

    @Test
    void aStalePlanExits3AndPostsNothing() throws Exception {
        Message p = program("stale");
        Path file = save(cli("--json", "plan", "change", p.itemHash(), "--vcpus", "2", wallet[0], wallet[1]), "stale-plan.json");
        CliRun meanwhile = cli("apply", "change", p.itemHash(), "--vcpus", "3", "--yes", wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(meanwhile.code()).as(meanwhile.toString()).isZero();

        int before = programs();
        CliRun apply = cli("apply", "--plan", file.toString(), "--yes", wallet[0], wallet[1], wallet[2], wallet[3]);
        assertThat(apply.code()).as(apply.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(apply.err()).contains("the plan is out of date: ");
        assertThat(programs()).isEqualTo(before);
    }

    @Test
    void aPublicTestKeySignsNothingForANodeThatIsNotASandbox() {
        Message p = program("public-key");
        assertThat(w.get("/api/v0/version").path("sandbox").asBoolean()).isTrue();
        try (TamperingProxy notSandbox = TamperingProxy.start(w.node.url(),
                Set.of(), TamperingProxy.Where.NOT_A_SANDBOX)) {
            int before = programs();
            CliRun apply = CliRun.run(CliRun.args(data, notSandbox.url(), "apply", "change", p.itemHash(), "--vcpus", "2", "--yes",
                    wallet[0], wallet[1], wallet[2], wallet[3]));
            assertThat(apply.code()).as(apply.toString()).isEqualTo(ExitCodes.REFUSED);
            assertThat(apply.err()).contains("public test key").contains("Nothing was signed");
            assertThat(programs()).isEqualTo(before);
        }
    }

    @Test
    void thePublicTestKeysAreTheTestMnemonicsFirstTen() {
        Mnemonic m = Mnemonic.parse(
                PublicTestKeys.MNEMONIC.toCharArray());
        for (int i = 0; i < 10; i++) {
            assertThat(m.address(new char[0], i)).isEqualToIgnoringCase(PublicTestKeys.ADDRESSES.get(i));
        }
        assertThat(PublicTestKeys.isPublic(KEY0.address())).isTrue();
    }
}
