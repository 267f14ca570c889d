package org.alephdeploy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alephdeploy.cli.Cli;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.Test;

/** Strict mode, balance modes, fault injection and the command line's option checks. */
class ModesTest {
    @Test
    void referenceModeAcceptsAmendChainsAndForeignAmendsStrictModeDoesNot() {
        try (NodeHarness h = NodeHarness.start()) {
            Message code = h.processedStore(NodeHarness.A, "chain code");
            Message original = h.program(NodeHarness.A, code.itemHash(), true, null);
            assertThat(h.submit(original, true).status()).isEqualTo(200);
            Message amend = h.program(NodeHarness.A, code.itemHash(), true, original.itemHash());
            assertThat(h.submit(amend, true).status()).isEqualTo(200);
            Message amendOfAmend = h.program(NodeHarness.A, code.itemHash(), true, amend.itemHash());
            assertThat(h.submit(amendOfAmend, true).status()).as("pyaleph never stores replaces: chains pass").isEqualTo(200);
            Message foreign = h.program(NodeHarness.B, code.itemHash(), true, original.itemHash());
            assertThat(h.submit(foreign, true).status()).as("no same-owner check on mainnet").isEqualTo(200);
            assertThat(h.status(original.itemHash())).as("the original keeps running").isEqualTo("processed");
        }
        try (NodeHarness h = NodeHarness.start(b -> b.strict(true))) {
            Message code = h.processedStore(NodeHarness.A, "strict chain code");
            Message original = h.program(NodeHarness.A, code.itemHash(), true, null);
            assertThat(h.submit(original, true).status()).isEqualTo(200);
            Message amend = h.program(NodeHarness.A, code.itemHash(), true, original.itemHash());
            assertThat(h.submit(amend, true).status()).isEqualTo(200);
            Message amendOfAmend = h.program(NodeHarness.A, code.itemHash(), true, amend.itemHash());
            h.submit(amendOfAmend, true);
            assertThat(h.awaitFinal(amendOfAmend.itemHash()).path("error_code").asInt()).isEqualTo(303);
            Message foreign = h.program(NodeHarness.B, code.itemHash(), true, original.itemHash());
            h.submit(foreign, true);
            assertThat(h.awaitFinal(foreign.itemHash()).path("error_code").asInt()).isEqualTo(2);
        }
    }

    @Test
    void freeAndEveryoneBalanceModes() {
        try (NodeHarness h = NodeHarness.start(b -> b.free())) {
            Message code = h.processedStore(NodeHarness.POOR, "free code");
            assertThat(h.submit(h.program(NodeHarness.POOR, code.itemHash(), false, null), true).status()).isEqualTo(200);
        }
        try (NodeHarness h = NodeHarness.start(b -> b.balance(450))) {
            JsonNode bal = h.get("/api/v0/addresses/" + NodeHarness.POOR.address() + "/balance").json();
            assertThat(bal.path("balance").asDouble()).isEqualTo(450.0);
            assertThat(bal.path("credit_balance").asLong()).as("credits are set apart (--credits)").isZero();
            Message code = h.processedStore(NodeHarness.POOR, "everyone code");
            assertThat(h.submit(h.program(NodeHarness.POOR, code.itemHash(), false, null), true).status()).isEqualTo(200);
            Message second = h.program(NodeHarness.POOR, code.itemHash(), true, null);
            h.submit(second, true);
            assertThat(h.awaitFinal(second.itemHash()).path("error_code").asInt()).as("400 + 400 > 450 ALEPH").isEqualTo(5);
        }
    }

    @Test
    void faultsSpecWrapsEveryRoute() {
        try (NodeHarness h = NodeHarness.start(b -> b.faults("503=1.0"))) {
            NodeHarness.Res r = h.get("/api/v0/version");
            assertThat(r.status()).isEqualTo(503);
        }
        assertThatThrownBy(() -> NodeHarness.start(b -> b.faults("bogus")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandLineRejectsBadOptionsWithUsageErrors() throws Exception {
        Path dir = Files.createTempDirectory("sandbox-cli-");
        try {
            assertThat(Cli.run("sandbox", "--data", dir.toString(), "--seed", "lots")).isEqualTo(2);
            assertThat(Cli.run("sandbox", "--data", dir.toString(), "--free", "--balance", "5")).as("picocli rejects the pair").isNotZero();
            assertThat(Cli.run("sandbox", "--data", dir.toString(), "--port", "0", "--faults", "nonsense")).isEqualTo(2);
        } finally {
            NodeHarness.deleteTree(dir);
        }
    }
}
