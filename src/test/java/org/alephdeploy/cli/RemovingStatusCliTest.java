package org.alephdeploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.alephdeploy.deploy.CreditRunOut;
import org.alephdeploy.deploy.Signed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credit-paid program whose credits run out is {@code removing} on the node without any new
 * message: {@code --json inventory} shows it with its reason on the next (incremental) refresh,
 * and processed again after a top-up.
 */
class RemovingStatusCliTest {
    private static JsonNode program(CliRun run, String hash) {
        assertThat(run.code()).as(run.toString()).isZero();
        for (JsonNode p : run.json().path("programs")) {
            if (hash.equals(p.path("hash").asText())) {
                return p;
            }
        }
        throw new AssertionError("program " + hash + " not in " + run.out());
    }

    @Test
    void aProgramWhoseCreditsRanOutIsRemovingUntilToppedUp(@TempDir Path data) {
        try (CreditRunOut world = new CreditRunOut()) {
            String url = world.node.node.url();
            String hash = world.program.itemHash();
            String[] inventory = CliRun.args(data, url, "--json", "inventory", "--address", Signed.KEY0.address());

            JsonNode before = program(CliRun.run(inventory), hash);
            assertThat(before.path("status").asText()).isEqualTo("processed");
            assertThat(before.has("removing_reason")).isFalse();

            world.runOut();
            CliRun refreshed = CliRun.run(inventory);
            JsonNode removing = program(refreshed, hash);
            assertThat(removing.path("status").asText()).as("the cached inventory's refresh notices it").isEqualTo("removing");
            assertThat(removing.path("removing_reason").asText()).isEqualTo("credit_insufficient");
            JsonNode full = program(CliRun.run(CliRun.args(data, url, "--json", "inventory", "--full", "--address",
                    Signed.KEY0.address())), hash);
            assertThat(full.path("status").asText()).isEqualTo("removing");
            assertThat(full.path("removing_reason").asText()).isEqualTo("credit_insufficient");

            CliRun text = CliRun.run(CliRun.args(data, url, "inventory", "--address", Signed.KEY0.address()));
            assertThat(text.out()).contains("removing: its payment ran out (credit_insufficient); top up credits");

            world.topUp();
            JsonNode back = program(CliRun.run(inventory), hash);
            assertThat(back.path("status").asText()).as("back after the top-up, without a new message").isEqualTo("processed");
            assertThat(back.has("removing_reason")).isFalse();
        }
    }

    @Test
    void aRehearsalCopysInventoryHasTheSourcesRemovingStatusAndReason(@TempDir Path data) {
        try (CreditRunOut world = new CreditRunOut()) {
            String url = world.node.node.url();
            String address = Signed.KEY0.address();
            CliRun first = CliRun.run(CliRun.args(data, url, "--json", "rehearse", "copy", "--address", address));
            assertThat(first.code()).as(first.toString()).isZero();
            world.runOut();
            CliRun again = CliRun.run(CliRun.args(data, url, "--json", "rehearse", "copy", "--address", address));
            assertThat(again.code()).as(again.toString()).isZero();
            assertThat(again.json().path("statuses_updated").asInt()).isEqualTo(1);

            CliRun source = CliRun.run(CliRun.args(data, url, "--json", "inventory", "--address", address));
            CliRun copy = CliRun.run(CliRun.args(data, EngineSession.SANDBOX, "--json", "inventory", "--address", address));
            JsonNode onSource = program(source, world.program.itemHash());
            JsonNode onCopy = program(copy, world.program.itemHash());
            assertThat(onSource.path("status").asText()).isEqualTo("removing");
            assertThat(onCopy.path("status").asText()).isEqualTo("removing");
            assertThat(onCopy.path("removing_reason")).isEqualTo(onSource.path("removing_reason"));
            assertThat(onCopy.path("removing_reason").asText()).isEqualTo("credit_insufficient");
            assertThat(copy.json().path("programs")).isEqualTo(source.json().path("programs"));
            assertThat(copy.json().path("volumes")).isEqualTo(source.json().path("volumes"));
        }
    }
}
