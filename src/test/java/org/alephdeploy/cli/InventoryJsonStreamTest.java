package org.alephdeploy.cli;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Set;
import org.alephdeploy.deploy.CreditRunOut;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.Spending;
import org.alephdeploy.deploy.TamperingProxy;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.Times;
import org.junit.jupiter.api.Test;

/**
 * The streamed {@code --json inventory} document ({@link InventoryJsonWriter}) is the document the
 * command printed as a tree ({@link InventoryJsonTree}), byte for byte, on an inventory from a
 * sandbox with every kind of field: an amend, a revised volume used by a program, a program the
 * node is removing for lack of credits, costs and funds, and a listing relabelled on the way.
 */
class InventoryJsonStreamTest {
    @Test
    void theStreamedDocumentIsTheTreeDocumentByteForByte() {
        try (CreditRunOut world = new CreditRunOut()) {
            SandboxWorld w = world.node;
            Message volume = w.store(KEY0, "stream volume bytes", null, "stream volume");
            w.store(KEY0, "stream volume bytes, revised", volume.itemHash(), "stream volume");
            Message relabelled = w.store(KEY0, "relabelled volume bytes", null, "relabelled volume");
            Message code = w.store(KEY0, "PK\u0003\u0004stream code", null, "stream code");
            Message original = w.program(KEY0, program(code, volume, null));
            w.program(KEY0, program(code, volume, original.itemHash()));
            world.runOut();
            try (TamperingProxy proxy = TamperingProxy.start(w.node.url(), Set.of(relabelled.itemHash()), TamperingProxy.Where.LISTINGS)) {
                Engine engine = SandboxWorld.engine(SandboxWorld.client(proxy.url()), w.dir.resolve("stream-engine"));
                Inventory inv = engine.inventory(KEY0.address(), true);
                Spending spending = engine.spending(KEY0.address());
                BigDecimal now = Times.now();

                String online = sameBothWays(inv, now, false, spending);
                JsonNode doc = Json.parse(online);
                assertThat(doc.path("programs").findValuesAsText("replaces")).as("an amend").contains(original.itemHash());
                assertThat(doc.path("programs").findValuesAsText("removing_reason")).as("a removal").contains("credit_insufficient");
                assertThat(doc.path("programs").findValues("cost")).as("costs").isNotEmpty();
                assertThat(doc.path("funds").path("credits").isNumber()).as("funds").isTrue();
                assertThat(doc.path("volumes").findValues("used_by").stream().anyMatch(u -> u.size() > 0)).as("uses").isTrue();
                assertThat(doc.path("volumes").findValuesAsText("revisions")).as("a revision").contains("1");
                assertThat(doc.path("unverified").has(relabelled.itemHash())).as("a relabelled listing").isTrue();

                String offline = sameBothWays(inv, now, true, null);
                assertThat(Json.parse(offline).path("funds").isNull()).isTrue();
            }
        }
    }

    private static Signed.ProgramSpec program(Message code, Message volume, String replaces) {
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code.itemHash();
        s.volumeRef = volume.itemHash();
        s.allowAmend = true;
        s.replaces = replaces;
        s.name = replaces == null ? "stream-original" : "stream-amended";
        return s;
    }

    /** The document written both ways: equal as text and as parsed JSON; returns the text. */
    private static String sameBothWays(Inventory inv, BigDecimal now, boolean offline, Spending spending) {
        StringWriter tree = new StringWriter();
        new Output(new PrintWriter(tree), true).json(InventoryJsonTree.document(inv, now, offline, spending));
        StringWriter streamed = new StringWriter();
        new Output(new PrintWriter(streamed), true).json(g -> InventoryJsonWriter.write(g, inv, now, offline, spending));
        assertThat(Json.parse(streamed.toString())).isEqualTo(Json.parse(tree.toString()));
        assertThat(streamed.toString()).isEqualTo(tree.toString());
        return streamed.toString();
    }
}
