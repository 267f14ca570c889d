package org.alephdeploy.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.Price;
import org.alephdeploy.deploy.plan.MessagePrice;
import org.alephdeploy.deploy.plan.Pricing;
import org.alephdeploy.message.CanonicalJson;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.Payment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked figures of docs/sandbox.md (Money): the node's estimate (the sandbox, written from the documented
 * rules) and the planner's own computation (written apart) both give the reference node's figures
 * to the last decimal.
 */
class PriceAgreementTest {
    private static final String OWNER = Signed.KEY0.address();
    private static SandboxWorld w;
    private static CcnClient client;

    @BeforeAll
    static void start() {
        w = SandboxWorld.start();
        client = w.client;
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static ObjectNode program(int vcpus, int memory, boolean persistent, boolean internet, String payment, int volumeMib) {
        ObjectNode c = Json.object();
        c.put("address", OWNER);
        c.put("time", new BigDecimal("1780000000.0"));
        c.put("type", "vm-function");
        c.put("allow_amend", false);
        c.putObject("code").put("encoding", "zip").put("entrypoint", "main:app").put("ref", "11".repeat(32)).put("use_latest", true)
                .put("estimated_size_mib", 1);
        c.putObject("runtime").put("ref", "22".repeat(32)).put("use_latest", true).put("comment", "").put("estimated_size_mib", 1);
        c.putObject("on").put("http", true).put("persistent", persistent);
        c.putObject("environment").put("internet", internet);
        c.putObject("resources").put("vcpus", vcpus).put("memory", memory).put("seconds", 30);
        c.set("payment", new Payment("ETH", null, payment).toJson());
        if (volumeMib > 0) {
            c.putArray("volumes").addObject().put("mount", "/data").put("persistence", "host").put("name", "data").put("size_mib", volumeMib);
        }
        return c;
    }

    private static ObjectNode store(int mib, String payment) {
        ObjectNode c = Json.object();
        c.put("address", OWNER);
        c.put("time", new BigDecimal("1780000000.0"));
        c.put("item_type", "storage");
        c.put("item_hash", "33".repeat(32));
        c.set("payment", new Payment("ETH", null, payment).toJson());
        c.put("estimated_size_mib", mib);
        return c;
    }

    private static Price node(String type, ObjectNode content) {
        String itemContent = CanonicalJson.write(content);
        ObjectNode env = Json.object().put("chain", "ETH").put("sender", OWNER).put("type", type).put("channel", "TEST")
                .put("time", 1_780_000_000.0).put("item_type", "inline").put("item_content", itemContent)
                .put("item_hash", ItemHashes.ofContent(itemContent));
        env.putNull("signature");
        return client.estimatePrice(Message.of(env));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "on demand,              1, 128,  false, false, hold,   0,    200.000000000000000000",
        "on demand with internet, 1, 128, false, true,  hold,   0,    400.000000000000000000",
        "persistent 1 vCPU,      1, 2048, true,  false, credit, 0,    15.277777777777777777",
        "persistent 2 vCPU,      2, 2048, true,  false, credit, 0,    30.555555555555555555",
        "code and 300 MiB volume, 1, 128, false, false, hold,   300,  200.000000000000000000",
        "code and 3000 MiB volume, 1, 128, false, false, hold,  3000, 247.700000000000000000",
        "on demand credit with internet, 1, 128, false, true, credit, 300, 6.111111111111111111",
    })
    void programsAgree(String label, int vcpus, int memory, boolean persistent, boolean internet, String payment, int volumeMib,
            String reference) {
        ObjectNode content = program(vcpus, memory, persistent, internet, payment, volumeMib);
        Price byNode = node("PROGRAM", content);
        MessagePrice local = MessagePrice.program(Pricing.defaults(), content, payment, (ref, latest) -> BigDecimal.ONE);
        BigDecimal localTotal = payment.equals(Payment.CREDIT) ? local.creditsPerSecond() : local.hold();
        assertThat(byNode.cost().toPlainString()).isEqualTo(reference);
        assertThat(localTotal.toPlainString()).isEqualTo(reference);
        assertThat(local.lines()).hasSize(byNode.detail().size());
        for (int i = 0; i < local.lines().size(); i++) {
            assertThat(local.lines().get(i).type()).isEqualTo(byNode.detail().get(i).path("type").asText());
            assertThat(local.lines().get(i).hold().toPlainString()).isEqualTo(byNode.detail().get(i).path("cost_hold").asText());
            assertThat(local.lines().get(i).creditsPerSecond().toPlainString()).isEqualTo(byNode.detail().get(i).path("cost_credit").asText());
        }
    }

    @ParameterizedTest(name = "STORE {0} MiB {1}")
    @CsvSource({
        "200, hold,   66.666666600000000000",
        "10,  hold,   3.333333330000000000",
        "10,  credit, 0.001247742293793479",
        "200, credit, 0.009981938350347837",
    })
    void storesAgree(int mib, String payment, String reference) {
        Price byNode = node("STORE", store(mib, payment));
        MessagePrice local = MessagePrice.store(Pricing.defaults(), BigDecimal.valueOf(mib), payment);
        BigDecimal localTotal = payment.equals(Payment.CREDIT) ? local.creditsPerSecond() : local.hold();
        assertThat(byNode.cost().toPlainString()).isEqualTo(reference);
        assertThat(localTotal.toPlainString()).isEqualTo(reference);
    }
}
