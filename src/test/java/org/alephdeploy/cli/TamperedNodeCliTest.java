package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.TamperingProxy;
import org.alephdeploy.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node on the path rewrites the {@code item_content} of one volume and one program (hash and
 * signature kept): the inventory flags them, and no FORGET of them is signed.
 */
class TamperedNodeCliTest {
    private static SandboxWorld w;

    @BeforeAll
    static void start() {
        w = SandboxWorld.start();
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static Message program(String tag) {
        Message code = w.store(KEY0, "PK\u0003\u0004tampered code " + tag, null, "tampered code " + tag);
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.codeLatest = true;
        s.allowAmend = true;
        s.name = "tampered-" + tag;
        return w.program(KEY0, s);
    }

    private static int forgets() {
        return w.get("/api/v0/messages.json?msgTypes=FORGET&addresses=" + KEY0.address() + "&pagination=0").path("messages").size();
    }

    private static CliRun cli(Path data, String node, String... rest) {
        return CliRun.run(CliRun.args(data, node, rest));
    }

    @Test
    void aRelabelledListingIsFlaggedAndNothingIsForgotten() {
        Message volume = w.store(KEY0, "tampered volume bytes", null, "tampered volume");
        Message p = program("listing");
        Path data = w.dir.resolve("cli-listing");
        String[] wallet = CliRun.wallet(data).toArray(String[]::new);
        try (TamperingProxy proxy = TamperingProxy.start(w.node.url(), Set.of(volume.itemHash(), p.itemHash()),
                TamperingProxy.Where.LISTINGS)) {
            CliRun inv = cli(data, proxy.url(), "--json", "inventory", "--address", KEY0.address());
            assertThat(inv.code()).as(inv.toString()).isZero();
            JsonNode j = inv.json();
            JsonNode vol = volumeOf(j, volume.itemHash());
            assertThat(vol.path("verifies").asBoolean(true)).as(vol.toString()).isFalse();
            assertThat(vol.path("does_not_verify").toString()).contains("is not the SHA-256 of item_content");
            JsonNode prog = programOf(j, p.itemHash());
            assertThat(prog.path("verifies").asBoolean(true)).isFalse();
            assertThat(j.path("unverified").has(volume.itemHash())).isTrue();
            assertThat(volumeOf(j, w.content(p.itemHash()).path("code").path("ref").asText()).path("verifies").asBoolean()).isTrue();

            CliRun text = cli(data, proxy.url(), "inventory", "--address", KEY0.address(), "--offline");
            assertThat(text.out()).contains("does not verify");

            int before = forgets();
            CliRun forget = cli(data, proxy.url(), "apply", "forget-volume", volume.itemHash(), "--yes",
                    wallet[0], wallet[1], wallet[2], wallet[3]);
            assertThat(forget.code()).as(forget.toString()).isEqualTo(ExitCodes.REFUSED);
            assertThat(forget.out() + forget.err()).contains("does not verify");
            CliRun delete = cli(data, proxy.url(), "apply", "delete", p.itemHash(), "--yes",
                    wallet[0], wallet[1], wallet[2], wallet[3]);
            assertThat(delete.code()).as(delete.toString()).isEqualTo(ExitCodes.REFUSED);
            assertThat(delete.out() + delete.err()).contains("does not verify");
            assertThat(forgets()).isEqualTo(before);
            assertThat(w.status(volume.itemHash())).isEqualTo("processed");
            assertThat(w.status(p.itemHash())).isEqualTo("processed");
        }
    }

    @Test
    void aTargetAlteredWhenFetchedAgainIsNotForgotten() {
        Message volume = w.store(KEY0, "volume altered at signing", null, "altered at signing");
        Path data = w.dir.resolve("cli-single");
        String[] wallet = CliRun.wallet(data).toArray(String[]::new);
        try (TamperingProxy proxy = TamperingProxy.start(w.node.url(), Set.of(volume.itemHash()),
                TamperingProxy.Where.SINGLE_MESSAGES)) {
            int before = forgets();
            CliRun forget = cli(data, proxy.url(), "apply", "forget-volume", volume.itemHash(), "--yes",
                    wallet[0], wallet[1], wallet[2], wallet[3]);
            assertThat(forget.code()).as(forget.toString()).isNotZero();
            assertThat(forget.out() + forget.err()).contains("The FORGET was not signed").contains(volume.itemHash());
            assertThat(forgets()).isEqualTo(before);
            assertThat(w.status(volume.itemHash())).isEqualTo("processed");
        }
    }

    private static JsonNode volumeOf(JsonNode inventory, String root) {
        for (JsonNode v : inventory.path("volumes")) {
            if (v.path("root").asText().equals(root)) {
                return v;
            }
        }
        throw new AssertionError("no volume " + root + " in " + inventory);
    }

    private static JsonNode programOf(JsonNode inventory, String hash) {
        for (JsonNode p : inventory.path("programs")) {
            if (p.path("hash").asText().equals(hash)) {
                return p;
            }
        }
        throw new AssertionError("no program " + hash + " in " + inventory);
    }
}
