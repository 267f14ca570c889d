package org.alephdeploy.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.TamperingProxy;
import org.alephdeploy.sandbox.DemoSeed;
import org.alephdeploy.service.engine.SandboxEngine;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.programs.CodeUpdate;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramIntentRules;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.volumes.VolumeIntent;
import org.alephdeploy.ui.volumes.VolumeIntentRules;
import org.alephdeploy.ui.volumes.VolumeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node on the path relabels one program and one volume: the tables flag both and no intent acts on them. */
class UnverifiedRowsTest {
    @TempDir
    Path dir;

    @Test
    void relabelledMessagesDoNotVerifyAndNoIntentActsOnThem() throws Exception {
        try (SandboxEngine sandbox = SandboxEngine.start()) {
            InventorySnapshot honest = new EngineInventorySource(n -> sandbox.engine(), SandboxEngine.account()).load(Network.sandbox());
            ProgramRow web = honest.programs().stream().filter(p -> DemoSeed.WEB_API.equals(p.name())).findFirst().orElseThrow();
            VolumeRow shared = honest.volumes().stream().filter(v -> DemoSeed.SHARED_VOLUME.equals(v.name())).findFirst().orElseThrow();
            assertThat(web.verifies()).isTrue();
            assertThat(shared.verifies()).isTrue();

            try (TamperingProxy proxy = TamperingProxy.start(sandbox.url(), Set.of(web.itemHash(), shared.rootHash()),
                    TamperingProxy.Where.LISTINGS)) {
                Engine through = Engine.builder(CcnClient.builder().node(proxy.url()).readTimeout(Duration.ofSeconds(60)).build(),
                        "tampered", dir.resolve("data"), dir.resolve("cache")).build();
                EngineInventorySource liar = new EngineInventorySource(n -> through, SandboxEngine.account());
                InventorySnapshot lied = liar.load(Network.sandbox());
                assertThat(liar.details(Network.sandbox(), web.itemHash()).verifyWords()).contains("item_content");
                assertThat(liar.details(Network.sandbox(), shared.rootHash()).verifyWords()).contains("item_content");
                assertThat(liar.details(Network.sandbox(), lied.programs().stream()
                        .filter(p -> !p.itemHash().equals(web.itemHash())).findFirst().orElseThrow().itemHash()).verifyWords()).isNull();

                ProgramRow flagged = lied.programs().stream().filter(p -> p.itemHash().equals(web.itemHash())).findFirst().orElseThrow();
                assertThat(flagged.verifies()).isFalse();
                assertThat(flagged.statusBadges()).singleElement()
                        .satisfies(b -> assertThat(b.variant()).isEqualTo(Badge.Variant.UNVERIFIED));
                assertThat(flagged.codeUpdate().kind()).isEqualTo(CodeUpdate.Kind.DOES_NOT_VERIFY);
                for (ProgramIntent intent : ProgramIntent.values()) {
                    assertThat(ProgramIntentRules.of(intent, flagged).enabled()).as(intent.name()).isFalse();
                    assertThat(ProgramIntentRules.of(intent, flagged).reason()).contains("does not verify");
                }

                VolumeRow volume = lied.volumes().stream().filter(v -> v.rootHash().equals(shared.rootHash())).findFirst().orElseThrow();
                assertThat(volume.verifies()).isFalse();
                assertThat(volume.typeBadges()).singleElement()
                        .satisfies(b -> assertThat(b.variant()).isEqualTo(Badge.Variant.UNVERIFIED));
                for (VolumeIntent intent : VolumeIntent.values()) {
                    assertThat(VolumeIntentRules.of(intent, volume).enabled()).as(intent.name()).isFalse();
                    assertThat(VolumeIntentRules.of(intent, volume).reason()).contains("does not verify");
                }
                assertThat(lied.programs()).filteredOn(p -> !p.itemHash().equals(web.itemHash()))
                        .allSatisfy(p -> assertThat(p.verifies()).as(p.name()).isTrue());
            }
        }
    }
}
