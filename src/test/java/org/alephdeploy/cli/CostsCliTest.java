package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.SandboxOptions;
import org.junit.jupiter.api.Test;

/** Costs, funds and runway from the command line against sandboxes with set balances (issue 12's acceptance cases). */
class CostsCliTest {
    private static final BigDecimal PERSISTENT_PER_SECOND = new BigDecimal("15.277777777777777777");

    private record World(SandboxWorld w, Path data, String[] wallet) implements AutoCloseable {
        static World start(Consumer<SandboxOptions.Builder> config) {
            SandboxWorld w = SandboxWorld.start(config);
            Path data = w.dir.resolve("cli");
            return new World(w, data, CliRun.wallet(data).toArray(String[]::new));
        }

        CliRun cli(String... rest) {
            return CliRun.run(CliRun.args(data, w.node.url(), rest));
        }

        CliRun apply(String... rest) {
            String[] all = new String[rest.length + 4];
            System.arraycopy(rest, 0, all, 0, rest.length);
            System.arraycopy(wallet, 0, all, rest.length, 4);
            return cli(all);
        }

        int programs() {
            return w.get("/api/v0/messages.json?msgTypes=PROGRAM&addresses=" + KEY0.address() + "&pagination=0").path("messages").size();
        }

        /** An on-demand hold program whose code STORE pays with credit (so exactly 200 ALEPH is held). */
        Message program(String tag) {
            String text = "PK\u0003\u0004costs code " + tag;
            Path f = w.file("costs-" + tag, text);
            ObjectNode c = ContentWriter.store(KEY0.address(), w.seedTime(), ItemType.STORAGE,
                    ItemHashes.sha256Hex(text.getBytes(StandardCharsets.UTF_8)), null, Json.object().put("name", "code " + tag),
                    new Payment("ETH", null, Payment.CREDIT));
            Message code = MessageDraft.inline(MessageType.STORE, SandboxWorld.CHANNEL, c).sign(KEY0);
            w.client.addFile(f, code, false, null, null);
            w.awaitProcessed(code.itemHash());
            Signed.ProgramSpec s = new Signed.ProgramSpec();
            s.codeRef = code.itemHash();
            s.allowAmend = true;
            s.name = "costs-" + tag;
            return w.program(KEY0, s);
        }

        @Override
        public void close() {
            w.close();
        }
    }

    @Test
    void persistentNeedsADayOfCreditsAndApplyRefusesBeforeSigning() {
        try (World x = World.start(b -> b.credits(200_000))) {
            Message p = x.program("poor");
            CliRun plan = x.cli("plan", "change", p.itemHash(), "--persistent", "true", "--address", KEY0.address());
            assertThat(plan.code()).as(plan.toString()).isEqualTo(ExitCodes.REFUSED);
            // 55,000 credits an hour for the program, and its code STORE (credit, billed as 25 MiB) already spends 108 a day
            assertThat(plan.out()).containsPattern("needs 1,320,108 credits for a day of everything you run; you have 199,\\d{3}")
                    .contains("spends 55,000 credits per hour");
            int before = x.programs();
            CliRun apply = x.apply("apply", "change", p.itemHash(), "--persistent", "true", "--yes");
            assertThat(apply.code()).as(apply.toString()).isEqualTo(ExitCodes.REFUSED);
            assertThat(x.programs()).as("nothing posted").isEqualTo(before);
        }
    }

    @Test
    void persistentGoesThroughWithEnoughCreditsAndTheRunwayIsBalanceOverSpend() {
        try (World x = World.start(b -> b.credits(2_000_000))) {
            Message p = x.program("rich");
            CliRun plan = x.cli("--json", "plan", "change", p.itemHash(), "--persistent", "true", "--address", KEY0.address());
            assertThat(plan.code()).as(plan.toString()).isZero();
            JsonNode cost = plan.json().path("cost");
            assertThat(cost.path("source").asText()).isEqualTo("node");
            assertThat(cost.path("payment_type").asText()).isEqualTo("credit");
            assertThat(cost.path("affordable").asBoolean()).isTrue();
            assertThat(cost.path("credits_per_second").decimalValue()).isEqualByComparingTo(PERSISTENT_PER_SECOND);
            assertThat(cost.path("credits_per_hour").decimalValue()).isEqualByComparingTo(PERSISTENT_PER_SECOND.multiply(BigDecimal.valueOf(3600)));
            BigDecimal credits = x.w.client.balance(KEY0.address()).creditBalance();
            BigDecimal runway = credits.divide(PERSISTENT_PER_SECOND.multiply(BigDecimal.valueOf(3600)), 2, RoundingMode.FLOOR);
            assertThat(cost.path("runway_hours").decimalValue()).isEqualByComparingTo(runway);
            assertThat(cost.path("detail").findValuesAsText("type")).contains("EXECUTION", "EXECUTION_VOLUME_DISCOUNT");

            CliRun apply = x.apply("--json", "apply", "change", p.itemHash(), "--persistent", "true", "--yes");
            assertThat(apply.code()).as(apply.toString()).isZero();
            CliRun inv = x.cli("--json", "inventory", "--address", KEY0.address());
            assertThat(inv.code()).as(inv.toString()).isZero();
            JsonNode funds = inv.json().path("funds");
            BigDecimal spend = funds.path("credits_per_hour").decimalValue();
            assertThat(spend).isGreaterThanOrEqualTo(PERSISTENT_PER_SECOND.multiply(BigDecimal.valueOf(3600)));
            assertThat(funds.path("runway_hours").decimalValue())
                    .isEqualByComparingTo(funds.path("credits").decimalValue().divide(spend, 2, RoundingMode.FLOOR));
            assertThat(inv.json().path("programs").findValues("cost").stream().map(c -> c.path("payment_type").asText()))
                    .contains("credit");
        }
    }

    @Test
    void aHoldPlanShortByOneAlephIsRefusedBeforeSigning() {
        try (World x = World.start(b -> b.balance(599).credits(1_000))) {
            Message p = x.program("hold");
            CliRun plan = x.cli("plan", "change", p.itemHash(), "--vcpus", "2", "--address", KEY0.address());
            assertThat(plan.code()).as(plan.toString()).isEqualTo(ExitCodes.REFUSED);
            assertThat(plan.out()).contains("needs 600 ALEPH held for everything you run; you have 599");
            int before = x.programs();
            CliRun apply = x.apply("apply", "change", p.itemHash(), "--vcpus", "2", "--yes");
            assertThat(apply.code()).as(apply.toString()).isEqualTo(ExitCodes.REFUSED);
            assertThat(x.programs()).isEqualTo(before);
        }
        try (World x = World.start(b -> b.balance(600).credits(1_000))) {
            Message p = x.program("hold");
            CliRun plan = x.cli("--json", "plan", "change", p.itemHash(), "--vcpus", "2", "--address", KEY0.address());
            assertThat(plan.code()).as(plan.toString()).isZero();
            assertThat(plan.json().path("cost").path("hold_required").decimalValue()).isEqualByComparingTo("400");
            CliRun internet = x.cli("--json", "plan", "change", p.itemHash(), "--internet", "true", "--address", KEY0.address());
            assertThat(internet.code()).as(internet.toString()).isZero();
            assertThat(internet.json().path("cost").path("hold_required").decimalValue()).as("internet counts the compute unit twice")
                    .isEqualByComparingTo("400");
            assertThat(internet.json().path("cost").path("detail").get(0).path("cost_hold").decimalValue()).isEqualByComparingTo("400");
        }
    }
}
