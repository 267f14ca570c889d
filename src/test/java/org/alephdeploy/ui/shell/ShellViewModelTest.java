package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private final DemoInventorySource demo = new DemoInventorySource();
    private final AtomicInteger loads = new AtomicInteger();
    private final InventorySource counting = new InventorySource() {
        @Override
        public InventorySnapshot load(Network network) throws NodeUnreachableException {
            loads.incrementAndGet();
            return demo.load(network);
        }

        @Override
        public ItemDetails details(Network network, String itemHash) throws NodeUnreachableException {
            return demo.details(network, itemHash);
        }
    };
    private final RecordingIntents intents = new RecordingIntents();
    private final ShellViewModel vm = new ShellViewModel(counting, new SyncFxTasks(), new ProgramsViewModel(intents),
            new VolumesViewModel(intents), new ActivityViewModel(), new DetailsViewModel());

    @Test
    void refreshFillsAccountTablesAndStatus() {
        vm.refresh();

        assertThat(vm.accountProperty().get().address()).startsWith("0x9a3F");
        assertThat(vm.programs().rows()).hasSize(6);
        assertThat(vm.volumes().rows()).hasSize(6);
        assertThat(vm.activity().rows()).hasSize(5);
        assertThat(vm.offlineProperty().get()).isFalse();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("6 programs");
    }

    @Test
    void anUnreachableNodeShowsTheOfflineBannerAndKeepsTheLastState() {
        vm.refresh();
        demo.setReachable(false);

        vm.refresh();

        assertThat(vm.offlineProperty().get()).isTrue();
        assertThat(vm.offlineMessageProperty().get()).contains("Aleph mainnet").contains("connection refused");
        assertThat(vm.programs().rows()).hasSize(6);
        assertThat(vm.statusProperty().get()).startsWith("Offline");

        demo.setReachable(true);
        vm.retry();
        assertThat(vm.offlineProperty().get()).isFalse();
    }

    @Test
    void customNodeIsValidatedThenUsedAndSandboxRecovers() {
        assertThat(vm.useCustomNode("ftp://example")).isPresent();
        assertThat(vm.useCustomNode("not a url")).isPresent();
        assertThat(loads.get()).isZero();

        assertThat(vm.useCustomNode("http://127.0.0.1:4024")).isEmpty();
        assertThat(vm.networkProperty().get()).isEqualTo(Network.custom("http://127.0.0.1:4024"));
        assertThat(vm.networks()).contains(Network.custom("http://127.0.0.1:4024"));
        assertThat(vm.offlineProperty().get()).isTrue();

        vm.useSandbox();
        assertThat(vm.networkProperty().get().kind()).isEqualTo(Network.Kind.SANDBOX);
        assertThat(vm.offlineProperty().get()).isFalse();
        assertThat(loads.get()).isEqualTo(2);
    }

    @Test
    void selectingARowLoadsItsDetailsAndSwitchingTabsFollowsTheSelection() {
        vm.refresh();
        ProgramRow weather = vm.programs().rows().stream().filter(p -> p.name().equals("weather-api")).findFirst().orElseThrow();

        vm.programs().selectedProperty().set(weather);

        ItemDetails details = vm.details().itemProperty().get();
        assertThat(details.itemHash()).isEqualTo(weather.itemHash());
        assertThat(details.amendChain()).hasSize(3);
        assertThat(details.dependsOn()).extracting(ItemDetails.Link::role).contains("code", "runtime");
        assertThat(vm.details().prettyJsonProperty().get()).contains("\"allow_amend\" : true");

        vm.activeTabProperty().set(MainTab.VOLUMES);
        assertThat(vm.details().itemProperty().get()).isNull();
        vm.activeTabProperty().set(MainTab.PROGRAMS);
        assertThat(vm.details().itemProperty().get().itemHash()).isEqualTo(weather.itemHash());
    }

    @Test
    void deleteKeyStartsDeleteOfTheSelectionOnly() {
        vm.refresh();
        vm.startDelete();
        assertThat(intents.calls()).isEmpty();

        vm.programs().selectedProperty().set(vm.programs().rows().get(0));
        vm.startDelete();
        assertThat(intents.calls()).extracting(RecordingIntents.Call::intent).containsExactly("delete");
        assertThat(vm.programs().intentState(ProgramIntent.DELETE).get().enabled()).isTrue();
    }

    @Test
    void theHeaderShowsNameShortAddressAndCredits() {
        vm.refresh();
        assertThat(AccountFormat.name(vm.accountProperty().get())).isEqualTo("Main account");
        assertThat(AccountFormat.funds(vm.accountProperty().get())).matches("184.250 credits");
        assertThat(AccountFormat.address(vm.accountProperty().get())).isEqualTo("0x9a3F…9f0A");
    }
}
