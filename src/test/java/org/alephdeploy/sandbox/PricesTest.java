package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.junit.jupiter.api.Test;
import java.math.RoundingMode;

/** The node's prices (the worked figures of docs/sandbox.md, Money), its money rules (codes 5, 6, 202) and credits spent over time. */
class PricesTest {
    private static final String SMALL = "{\"estimated_size_mib\":1}";

    private static ObjectNode program(NodeHarness h, String owner, int vcpus, int memory, boolean persistent, boolean internet,
            String payment) {
        ObjectNode c = h.programContent(owner, BaseSeed.RUNTIME_HASH, true, false, null);
        c.putObject("resources").put("vcpus", vcpus).put("memory", memory).put("seconds", 30);
        c.putObject("environment").put("internet", internet);
        c.putObject("on").put("http", true).put("persistent", persistent);
        c.set("payment", new Payment("ETH", null, payment).toJson());
        ((ObjectNode) c.get("code")).put("estimated_size_mib", 1);
        ((ObjectNode) c.get("runtime")).put("estimated_size_mib", 1);
        return c;
    }

    private static JsonNode estimate(NodeHarness h, MessageType type, ObjectNode content) {
        ObjectNode body = Json.object();
        body.set("message", h.sign(NodeHarness.A, type, content).toWire());
        NodeHarness.Res r = h.post("/api/v0/price/estimate", Json.compact(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static ObjectNode storeContent(NodeHarness h, String owner, int mib, String payment) {
        ObjectNode c = Json.object();
        c.put("address", owner);
        c.put("time", h.nextTime());
        c.put("item_type", "storage");
        c.put("item_hash", "aa".repeat(32));
        c.set("payment", new Payment("ETH", null, payment).toJson());
        c.put("estimated_size_mib", mib);
        return c;
    }

    @Test
    void estimatesGiveTheWorkedFigures() {
        try (NodeHarness h = NodeHarness.start()) {
            String a = NodeHarness.A.address();
            assertThat(estimate(h, MessageType.PROGRAM, program(h, a, 1, 128, false, false, Payment.HOLD)).path("cost").asText())
                    .isEqualTo("200.000000000000000000");
            JsonNode internet = estimate(h, MessageType.PROGRAM, program(h, a, 1, 128, false, true, Payment.HOLD));
            assertThat(internet.path("cost").asText()).isEqualTo("400.000000000000000000");
            assertThat(internet.path("required_tokens").asDouble()).isEqualTo(400.0);
            assertThat(internet.path("payment_type").asText()).isEqualTo("hold");
            assertThat(internet.path("charged_address").asText()).isEqualTo(a);
            JsonNode persistent = estimate(h, MessageType.PROGRAM, program(h, a, 1, 2048, true, false, Payment.CREDIT));
            assertThat(persistent.path("cost").asText()).isEqualTo("15.277777777777777777");
            assertThat(persistent.path("detail").get(0).path("type").asText()).isEqualTo("EXECUTION");
            assertThat(persistent.path("detail").get(1).path("cost_credit").asText()).as("1 credit per hour at least")
                    .isEqualTo("0.000277777777777777");
            assertThat(persistent.path("detail").get(3).path("type").asText()).isEqualTo("EXECUTION_VOLUME_DISCOUNT");
            assertThat(estimate(h, MessageType.PROGRAM, program(h, a, 2, 2048, true, false, Payment.CREDIT)).path("cost").asText())
                    .isEqualTo("30.555555555555555555");
            ObjectNode withVolume = program(h, a, 1, 128, false, false, Payment.HOLD);
            withVolume.putArray("volumes").addObject().put("mount", "/data").put("persistence", "host").put("name", "data")
                    .put("size_mib", 300);
            JsonNode volume = estimate(h, MessageType.PROGRAM, withVolume);
            assertThat(volume.path("cost").asText()).as("300 MiB fit in the free disk").isEqualTo("200.000000000000000000");
            assertThat(volume.path("detail").get(3).path("name").asText()).isEqualTo("#0:/data");
            assertThat(volume.path("detail").get(3).path("cost_hold").asText()).isEqualTo("15.000000000000000000");
            assertThat(volume.path("detail").get(3).path("size_mib").asDouble()).isEqualTo(300.0);
            ((ObjectNode) withVolume.get("volumes").get(0)).put("size_mib", 3000);
            assertThat(estimate(h, MessageType.PROGRAM, withVolume).path("cost").asText()).as("beyond 2048 free MiB")
                    .isEqualTo("247.700000000000000000");
            assertThat(estimate(h, MessageType.STORE, storeContent(h, a, 200, Payment.HOLD)).path("cost").asText())
                    .isEqualTo("66.666666600000000000");
            assertThat(estimate(h, MessageType.STORE, storeContent(h, a, 10, Payment.HOLD)).path("cost").asText())
                    .isEqualTo("3.333333330000000000");
            JsonNode small = estimate(h, MessageType.STORE, storeContent(h, a, 10, Payment.CREDIT));
            assertThat(small.path("cost").asText()).as("billed as 25 MiB").isEqualTo("0.001247742293793479");
            assertThat(estimate(h, MessageType.STORE, storeContent(h, a, 200, Payment.CREDIT)).path("cost").asText())
                    .isEqualTo("0.009981938350347837");
        }
    }

    @Test
    void holdRuleRefusesWithTheNodesDetails() {
        try (NodeHarness h = NodeHarness.start(b -> b.balance(399))) {
            Message p = h.sign(NodeHarness.POOR, MessageType.PROGRAM, program(h, NodeHarness.POOR.address(), 1, 128, false, true,
                    Payment.HOLD));
            h.submit(p, true);
            JsonNode rejected = h.awaitFinal(p.itemHash());
            assertThat(rejected.path("error_code").asInt()).isEqualTo(5);
            JsonNode e = rejected.path("details").path("errors").get(0);
            assertThat(new BigDecimal(e.path("required_balance").asText())).isEqualByComparingTo("400");
            assertThat(e.path("account_balance").asText()).isEqualTo("399");
        }
    }

    @Test
    void creditRuleNeedsOneDayAndCreditsAreSpentOverTime() {
        AtomicLong millis = new AtomicLong(1_780_000_000_000L);
        Clock clock = new Clock() {
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        try (NodeHarness h = NodeHarness.start(b -> b.credits(1_400_000).clock(clock))) {
            String poor = NodeHarness.POOR.address();
            Message two = h.sign(NodeHarness.POOR, MessageType.PROGRAM, program(h, poor, 2, 2048, true, false, Payment.CREDIT));
            h.submit(two, true);
            JsonNode refused = h.awaitFinal(two.itemHash());
            assertThat(refused.path("error_code").asInt()).isEqualTo(6);
            JsonNode e = refused.path("details").path("errors").get(0);
            assertThat(e.path("account_credits").asText()).isEqualTo("1400000");
            assertThat(e.path("min_runtime_days").asInt()).isEqualTo(1);
            assertThat(new BigDecimal(e.path("required_credits").asText())).isGreaterThan(new BigDecimal("2639999"));

            Message one = h.sign(NodeHarness.POOR, MessageType.PROGRAM, program(h, poor, 1, 2048, true, false, Payment.CREDIT));
            assertThat(h.submit(one, true).status()).isEqualTo(200);
            JsonNode costs = h.get("/api/v0/costs?address=" + poor + "&payment_type=credit&include_details=2").json();
            assertThat(costs.path("summary").path("resource_count").asInt()).isEqualTo(1);
            String perSecond = costs.path("summary").path("total_cost_credit").asText();
            assertThat(new BigDecimal(perSecond)).isGreaterThanOrEqualTo(new BigDecimal("15.277777777777777777"));
            assertThat(costs.path("resources").get(0).path("item_hash").asText()).isEqualTo(one.itemHash());

            millis.addAndGet(7_200_000L);
            long after = h.get("/api/v0/addresses/" + poor + "/balance").json().path("credit_balance").asLong();
            long spent = new BigDecimal(perSecond).multiply(new BigDecimal(7200)).setScale(0, RoundingMode.CEILING).longValue();
            assertThat(after).isEqualTo(1_400_000 - spent);
            assertThat(h.status(one.itemHash())).as("less than a day of it is left").isEqualTo("removing");
            assertThat(h.message(one.itemHash()).path("reason").asText()).isEqualTo("credit_insufficient");
        }
    }

    @Test
    void paymentCutoffsRefuseHoldWithCode202() {
        try (NodeHarness h = NodeHarness.start()) {
            Message persistentHold = h.sign(NodeHarness.A, MessageType.PROGRAM,
                    program(h, NodeHarness.A.address(), 1, 2048, true, false, Payment.HOLD));
            h.submit(persistentHold, true);
            assertThat(h.awaitFinal(persistentHold.itemHash()).path("error_code").asInt()).isEqualTo(202);
            ObjectNode late = program(h, NodeHarness.A.address(), 1, 128, false, false, Payment.HOLD);
            late.put("time", new BigDecimal("1798761600.0"));
            Message m = h.sign(NodeHarness.A, MessageType.PROGRAM, late);
            h.submit(m, true);
            assertThat(h.awaitFinal(m.itemHash()).path("error_code").asInt()).as("credit only from 2027-01-01").isEqualTo(202);
        }
    }
}
