package org.alephdeploy.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.alephdeploy.deploy.inventory.UpdatePath;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.programs.CodeUpdate;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramIntentRules;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.volumes.VolumeIntent;
import org.alephdeploy.ui.volumes.VolumeIntentRules;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo account's inventory, loaded from a sandbox node over HTTP, as the tables and details pane get it. */
class EngineInventorySourceTest {
    private static SandboxEngine sandbox;
    private static InventorySnapshot snapshot;
    private static EngineInventorySource source;

    @BeforeAll
    static void load() throws Exception {
        sandbox = SandboxEngine.start();
        source = new EngineInventorySource(n -> sandbox.engine(), SandboxEngine.account());
        snapshot = source.load(Network.sandbox());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ProgramRow program(String name) {
        return snapshot.programs().stream().filter(p -> name.equals(p.name())).findFirst().orElseThrow();
    }

    private static VolumeRow volume(String name) {
        return snapshot.volumes().stream().filter(v -> name.equals(v.name())).findFirst().orElseThrow();
    }

    @Test
    void programsCarryBothAxesAndTheirUpdatePaths() {
        assertThat(snapshot.account().address()).isEqualTo(DemoSeed.ACCOUNT_0);
        ProgramRow web = program(DemoSeed.WEB_API);
        assertThat(web.locked()).isFalse();
        assertThat(web.code().followsLatest()).isTrue();
        assertThat(web.codePath()).isEqualTo(UpdatePath.REVISION);
        assertThat(web.codeRevisions()).isEqualTo(2);
        assertThat(web.volumes()).extracting(v -> v.role() + "=" + v.followsLatest())
                .containsExactly("/opt/assets=true", "/etc/app=false", "/data=true");
        assertThat(ProgramIntentRules.of(ProgramIntent.ROLL_BACK, web).enabled()).isTrue();

        ProgramRow site = program(DemoSeed.STATIC_SITE);
        assertThat(site.locked()).isTrue();
        assertThat(site.code().pinned()).isTrue();
        assertThat(site.codePath()).isEqualTo(UpdatePath.RECREATE);
        assertThat(site.settingsPath()).isEqualTo(UpdatePath.RECREATE);
        assertThat(ProgramIntentRules.of(ProgramIntent.ROLL_BACK, site).enabled()).isFalse();

        assertThat(snapshot.programs()).extracting(ProgramRow::name).contains(DemoSeed.WORKER_AMEND_2)
                .doesNotContain(DemoSeed.WORKER, DemoSeed.WORKER_AMEND_1, DemoSeed.PARTNER_APP);
        assertThat(snapshot.programs()).extracting(ProgramRow::status).contains(ItemStatus.FORGOTTEN);
    }

    @Test
    void programsCarryTheBootCheckForTheWillNotStartBadge() {
        // the demo's one deliberate mistake: the latest assets revision is a zip, and web-api follows it
        ProgramRow web = program(DemoSeed.WEB_API);
        assertThat(web.wontStart()).isTrue();
        assertThat(web.bootWords()).contains("/opt/assets").contains("a zip, not a squashfs image");
        assertThat(program(DemoSeed.STATIC_SITE).wontStart()).isFalse();
        assertThat(program(DemoSeed.WORKER_AMEND_2).wontStart()).isFalse();
        assertThat(web.codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.WONT_START);
        assertThat(web.codeUpdate().text()).startsWith("will not start: ");
        assertThat(web.codeUpdate().tip()).contains(web.bootWords());
        assertThat(program(DemoSeed.STATIC_SITE).codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.RECREATE);
        assertThat(snapshot.programs()).filteredOn(p -> p.status() == ItemStatus.FORGOTTEN)
                .allSatisfy(p -> assertThat(p.wontStart()).isFalse());
    }

    @Test
    void volumesCountFollowersAndPinsAndNameTheirForgetBlockers() {
        VolumeRow shared = volume(DemoSeed.SHARED_VOLUME);
        assertThat(shared.followers()).isGreaterThanOrEqualTo(1);
        assertThat(shared.pinnedBy()).isEqualTo(1);
        assertThat(shared.forgetBlockers()).contains(DemoSeed.WEB_API, DemoSeed.STATIC_SITE);
        assertThat(VolumeIntentRules.of(VolumeIntent.FORGET, shared).enabled()).isFalse();
        assertThat(VolumeIntentRules.of(VolumeIntent.FORGET, shared).reason()).contains(DemoSeed.STATIC_SITE);

        VolumeRow assets = volume(DemoSeed.ASSETS_VOLUME);
        assertThat(assets.revisions()).isEqualTo(3);
        assertThat(VolumeIntentRules.of(VolumeIntent.ROLL_BACK, assets).enabled()).isTrue();
    }

    @Test
    void detailsHaveTheChainTheTimelineBothDependencyDirectionsAndTheExactEnvelope() throws Exception {
        ProgramRow web = program(DemoSeed.WEB_API);
        ItemDetails d = source.details(Network.sandbox(), web.itemHash());
        assertThat(d.amendChain()).singleElement().satisfies(e -> assertThat(e.current()).isTrue());
        assertThat(d.revisions()).hasSize(2);
        assertThat(d.revisions().get(0).rollBackable()).isTrue();
        assertThat(d.revisions().get(1).current()).isTrue();
        assertThat(d.dependsOn()).extracting(ItemDetails.Link::name).contains(DemoSeed.ASSETS_VOLUME, DemoSeed.CONFIG_VOLUME);
        assertThat(d.rawJson()).contains("\"item_hash\":\"" + web.itemHash() + "\"").contains("\"item_content\":\"");

        assertThat(d.history()).as("the first version and the code revision")
                .extracting(ItemDetails.HistoryEntry::step)
                .containsExactlyInAnyOrder(ItemDetails.HistoryEntry.Step.CODE_REVISION, ItemDetails.HistoryEntry.Step.ORIGINAL);
        assertThat(d.history()).extracting(ItemDetails.HistoryEntry::time).as("newest first")
                .isSortedAccordingTo(Comparator.<Instant>reverseOrder());
        assertThat(d.history()).allSatisfy(e -> assertThat(e.current()).isTrue());
        assertThat(d.history()).allSatisfy(e -> assertThat(e.signer()).isEqualToIgnoringCase(DemoSeed.ACCOUNT_0));
        assertThat(d.history()).allSatisfy(e -> assertThat(e.sizeBytes()).isPositive());
        assertThat(new InventoryDetails(source.lastInventory(), false, a -> a.equalsIgnoreCase(DemoSeed.ACCOUNT_0) ? "main" : null)
                .of(web.itemHash()).orElseThrow().history()).allSatisfy(e -> assertThat(e.signerName()).isEqualTo("main"));

        ItemDetails worker = source.details(Network.sandbox(), program(DemoSeed.WORKER_AMEND_2).itemHash());
        assertThat(worker.amendChain()).hasSize(3);
        assertThat(worker.amendChain()).extracting(ItemDetails.ChainEntry::current).containsExactly(false, false, true);
        assertThat(worker.history()).extracting(ItemDetails.HistoryEntry::step).containsExactly(ItemDetails.HistoryEntry.Step.AMEND,
                ItemDetails.HistoryEntry.Step.AMEND, ItemDetails.HistoryEntry.Step.ORIGINAL);

        ItemDetails shared = source.details(Network.sandbox(), volume(DemoSeed.SHARED_VOLUME).rootHash());
        assertThat(shared.usedBy()).extracting(ItemDetails.Link::name).contains(DemoSeed.WEB_API, DemoSeed.STATIC_SITE);
        assertThat(shared.usedBy()).extracting(ItemDetails.Link::followsLatest).contains(true, false);
        assertThat(List.of(shared.kind())).containsExactly(ItemDetails.Kind.VOLUME);
    }
}
