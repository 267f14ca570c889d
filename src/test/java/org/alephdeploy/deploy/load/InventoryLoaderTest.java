package org.alephdeploy.deploy.load;

import static org.alephdeploy.deploy.Signed.KEY0;
import static org.alephdeploy.deploy.Signed.KEY1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alephdeploy.deploy.SandboxWorld;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageDraft;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Times;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.alephdeploy.message.MessageStatus;

/** The loader against a sandbox: what a full fetch finds, and that an incremental refresh ends where a full fetch does. */
class InventoryLoaderTest {
    private SandboxWorld w;
    private InventoryService service;
    private final String a = KEY0.address();

    @BeforeEach
    void start() {
        w = SandboxWorld.start();
        service = new InventoryService(new InventoryLoader(w.client, "sandbox"), new InventoryCache(w.dir.resolve("cache")),
                addr -> List.of(), Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    private Signed.ProgramSpec spec(String code, String volume) {
        Signed.ProgramSpec s = new Signed.ProgramSpec();
        s.codeRef = code;
        s.volumeRef = volume;
        s.allowAmend = true;
        s.name = "p-" + code.substring(0, 8);
        return s;
    }

    /** Each item by hash with its status (and a volume's current revision): what two inventories must agree on. */
    private static Map<String, String> facts(Inventory inv) {
        Map<String, String> out = new TreeMap<>();
        inv.programs().forEach(c -> c.versions().forEach(p -> out.put(p.itemHash(), "program " + p.status().wire()
                + " chain " + c.original().itemHash())));
        for (VolumeView v : inv.volumes()) {
            out.put(v.rootHash(), "volume current " + (v.currentByCrn() == null ? null : v.currentByCrn().itemHash())
                    + " uses " + v.uses().size());
            v.revisions().forEach(r -> out.put(r.itemHash(), "revision " + r.status().wire()));
        }
        return out;
    }

    @Test
    void aFullFetchFindsOwnedItemsForgottenOnesAndOtherOwnersStoresTheProgramsUse() {
        Message code = w.store(KEY0, "PK\u0003\u0004loader code", null, "code");
        Message theirs = w.store(KEY1, "their volume", null, "theirs");
        Message theirRev = w.store(KEY1, "their volume v2", theirs.itemHash(), null);
        Message p = w.program(KEY0, spec(code.itemHash(), theirs.itemHash()));
        Message gone = w.store(KEY0, "soon forgotten", null, "gone");
        w.publish(MessageDraft.inline(MessageType.FORGET, SandboxWorld.CHANNEL,
                ContentWriter.forget(a, w.seedTime(), List.of(gone.itemHash()), "test")).sign(KEY0));

        Inventory inv = service.full(a);

        assertThat(inv.program(p.itemHash())).map(ProgramView::status).hasValueSatisfying(s -> assertThat(s.live()).isTrue());
        VolumeView v = inv.volume(theirs.itemHash()).orElseThrow();
        assertThat(v.ownedByAccount()).isFalse();
        assertThat(v.currentByCrn().itemHash()).isEqualTo(theirRev.itemHash());
        assertThat(inv.store(gone.itemHash())).map(StoreRevision::status).hasValue(
                MessageStatus.FORGOTTEN);
        assertThat(inv.volume(SandboxWorld.RUNTIME)).isPresent();
        assertThat(inv.fileOnNode(Signed.fileHash("PK\u0003\u0004loader code"))).isTrue();
        assertThat(inv.authorizations().byOwner()).containsKey(a);
    }

    @Test
    void anIncrementalRefreshEndsWhereAFullFetchDoesAndTheCacheShowsTheLastOneOffline() {
        Message code = w.store(KEY0, "PK\u0003\u0004inc code", null, "code");
        Message vol = w.store(KEY0, "inc vol", null, "vol");
        Message p = w.program(KEY0, spec(code.itemHash(), vol.itemHash()));
        Inventory first = service.refresh(a);
        assertThat(first.program(p.itemHash())).isPresent();

        w.store(KEY0, "inc vol v2", vol.itemHash(), null);
        Signed.ProgramSpec amend = spec(code.itemHash(), vol.itemHash());
        amend.replaces = p.itemHash();
        amend.vcpus = 2;
        Message amended = w.program(KEY0, amend);
        w.publish(MessageDraft.inline(MessageType.FORGET, SandboxWorld.CHANNEL,
                ContentWriter.forget(a, w.seedTime(), List.of(p.itemHash()), "replaced")).sign(KEY0));
        Message extra = w.store(KEY0, "inc extra", null, "extra");

        Inventory refreshed = service.refresh(a);
        Inventory full = new InventoryLoaderFacts(w).full(a);
        assertThat(facts(refreshed)).isEqualTo(facts(full));
        assertThat(refreshed.program(amended.itemHash())).isPresent();
        assertThat(refreshed.volume(extra.itemHash())).isPresent();
        assertThat(refreshed.program(p.itemHash()).orElseThrow().status().terminal()).isTrue();

        InventoryService restarted = new InventoryService(new InventoryLoader(w.client, "sandbox"),
                new InventoryCache(w.dir.resolve("cache")), addr -> List.of(), Duration.ofMinutes(10));
        Inventory offline = restarted.cached(a).orElseThrow();
        Map<String, String> expected = facts(refreshed);
        // the sandbox's runtime stand-in is unsigned, so the cache leaves it out (a refresh fetches it again)
        expected.remove(SandboxWorld.RUNTIME);
        Map<String, String> cachedFacts = facts(offline);
        cachedFacts.remove(SandboxWorld.RUNTIME);
        assertThat(cachedFacts).isEqualTo(expected);
        assertThat(offline.age(Times.now().add(BigDecimal.valueOf(90))).toSeconds()).isBetween(89L, 120L);
    }

    @Test
    void aCacheThatCannotBeWrittenFailsTheLoadSayingWhichFile() throws IOException {
        w.store(KEY0, "unwritable cache vol", null, "vol");
        Path blocker = Files.writeString(w.dir.resolve("blocker"), "a file where the cache folder should be");
        InventoryCache cache = new InventoryCache(blocker.resolve("cache"));
        InventoryService blocked = new InventoryService(new InventoryLoader(w.client, "sandbox"), cache, addr -> List.of(),
                Duration.ofMinutes(10));
        assertThatThrownBy(() -> blocked.full(a)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot write the inventory cache " + cache.file("sandbox", a));
    }

    /** A second, cache-less loader: the reference a refresh is compared with. */
    private record InventoryLoaderFacts(SandboxWorld w) {
        Inventory full(String address) {
            return Inventory.build(new InventoryLoader(w.client, "sandbox").full(address, List.of()));
        }
    }
}
