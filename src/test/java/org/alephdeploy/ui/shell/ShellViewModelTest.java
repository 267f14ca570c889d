package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.service.node.LocalSandbox;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.DemoAccount;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.LoopbackNodes;
import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ScriptedDialogs;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's state without the toolkit: tasks run at once, "mainnet" is a bare sandbox
 * node on 127.0.0.1, the local sandbox is a real in-process node, the wallet is a real store.
 */
class ShellViewModelTest {
    private static final String KEY_1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final String ADDRESS_1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    @TempDir
    static Path shared;
    private static SandboxNode mainnet;

    @TempDir
    Path tmp;
    private final DemoInventorySource demo = new DemoInventorySource();
    private final AtomicInteger loads = new AtomicInteger();
    private volatile boolean listingBreaks;
    private final InventorySource counting = new InventorySource() {
        @Override
        public InventorySnapshot load(Network network) throws NodeUnreachableException {
            loads.incrementAndGet();
            if (listingBreaks) {
                throw new NodeUnreachableException(network.url(), "the listing broke", null);
            }
            return demo.load(network);
        }

        @Override
        public ItemDetails details(Network network, String itemHash) throws NodeUnreachableException {
            return demo.details(network, itemHash);
        }
    };
    private final RecordingIntents intents = new RecordingIntents();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private NodeConnection nodes;
    private WalletSession wallet;
    private ShellViewModel vm;

    @BeforeAll
    static void startMainnetStandIn() throws IOException {
        mainnet = LoopbackNodes.start(shared.resolve("mainnet"));
    }

    @AfterAll
    static void stopMainnetStandIn() {
        mainnet.close();
    }

    @AfterEach
    void closeNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private ShellViewModel build(List<String> mainnetUrls, Duration idle) {
        nodes = new NodeConnection(mainnetUrls, new LocalSandbox(tmp.resolve("sandbox")));
        wallet = new WalletSession(new WalletStore(tmp.resolve("wallets"), ScryptParams.LIGHT), idle);
        ShellServices services = new ShellServices(counting, new SyncFxTasks(), nodes, wallet, dialogs, Runnable::run);
        AccountViewModel account = new AccountViewModel(services, new SimpleStringProperty());
        vm = new ShellViewModel(services, account, new ProgramsViewModel(intents), new VolumesViewModel(intents),
                new ActivityViewModel(), new DetailsViewModel());
        return vm;
    }

    private ShellViewModel build() {
        return build(List.of(mainnet.url()), Duration.ofMinutes(5));
    }

    @Test
    void refreshAsksTheNodeThenFillsTablesAndStatus() {
        build().refresh();

        assertThat(vm.nodeVersionProperty().get()).isEqualTo(SandboxNode.VERSION);
        assertThat(vm.accountProperty().get().address()).startsWith("0x9a3F");
        assertThat(vm.programs().rows()).hasSize(6);
        assertThat(vm.volumes().rows()).hasSize(6);
        assertThat(vm.offlineProperty().get()).isFalse();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("6 programs");
    }

    @Test
    void anUnreachableSourceShowsTheOfflineBannerAndKeepsTheLastState() {
        build().refresh();
        demo.setReachable(false);

        vm.programs().selectedProperty().set(vm.programs().rows().stream()
                .filter(p -> "weather-api".equals(p.name())).findFirst().orElseThrow());
        vm.refresh();

        assertThat(vm.offlineProperty().get()).isTrue();
        assertThat(vm.offlineMessageProperty().get()).contains("Aleph mainnet").doesNotContain("connection refused");
        assertThat(vm.offlineDetailsProperty().get()).contains("connection refused");
        assertThat(vm.programs().intentState(ProgramIntent.DELETE).get().reason())
                .contains("Offline");
        assertThat(vm.activity().offlineReasonProperty().get()).as("Resume needs the node too").contains("Offline");
        assertThat(vm.programs().rows()).hasSize(6);
        assertThat(vm.statusProperty().get()).startsWith("Offline");

        demo.setReachable(true);
        vm.retry();
        assertThat(vm.offlineProperty().get()).isFalse();
    }

    @Test
    void aNodeThatStopsAnsweringGivesItsReasonOverAFailedListingAndRecoveryClearsBoth() throws IOException {
        build().refresh();
        listingBreaks = true;
        vm.refresh();
        assertThat(vm.offlineProperty().get()).isTrue();
        assertThat(vm.offlineDetailsProperty().get()).contains("the listing broke");
        assertThat(vm.nodeVersionProperty().get()).as("the node itself answered").isEqualTo(SandboxNode.VERSION);
        assertThat(vm.loadingProperty().get()).as("the saved copy ended the loading").isFalse();

        String closed = LoopbackNodes.closedPort();
        listingBreaks = false;
        vm.useCustomNode(closed);

        assertThat(vm.offlineProperty().get()).isTrue();
        assertThat(vm.offlineMessageProperty().get()).contains(closed);
        assertThat(vm.offlineDetailsProperty().get()).doesNotContain("the listing broke");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.nodeVersionProperty().get()).isEmpty();

        vm.networkProperty().set(Network.mainnet());

        assertThat(vm.offlineProperty().get()).isFalse();
        assertThat(vm.offlineMessageProperty().get()).isEmpty();
        assertThat(vm.offlineDetailsProperty().get()).isEmpty();
        assertThat(vm.nodeVersionProperty().get()).isEqualTo(SandboxNode.VERSION);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.programs().rows()).hasSize(6);
    }

    @Test
    void aClosedNodeShowsTheBannerAndTheSandboxSwitchStartsARealLocalNode() throws IOException {
        build();
        String closed = LoopbackNodes.closedPort();
        assertThat(vm.useCustomNode("ftp://example")).isPresent();
        assertThat(vm.useCustomNode("not a url")).isPresent();
        assertThat(loads.get()).isZero();

        assertThat(vm.useCustomNode(closed)).isEmpty();

        assertThat(vm.networkProperty().get()).isEqualTo(Network.custom(closed));
        assertThat(vm.offlineProperty().get()).isTrue();
        assertThat(vm.offlineMessageProperty().get()).contains(closed);
        assertThat(vm.nodeVersionProperty().get()).isEmpty();

        vm.useSandbox();

        assertThat(vm.networkProperty().get().kind()).isEqualTo(Network.Kind.SANDBOX);
        assertThat(vm.offlineProperty().get()).isFalse();
        assertThat(nodes.current().choice()).isEqualTo(NodeChoice.sandbox());
        assertThat(nodes.sandbox().isRunning()).isTrue();
        assertThat(vm.nodeVersionProperty().get()).isEqualTo(SandboxNode.VERSION);
        try (CcnClient direct = CcnClient.builder().node(nodes.current().url()).build()) {
            assertThat(direct.balance(DemoAccount.ADDRESS).balance()).isPositive();
        }
    }

    @Test
    void firstStartOfflineOffersTheSandboxWithTheDemoAccountThatSignsOnlyThere() throws IOException {
        build(List.of(LoopbackNodes.closedPort()), Duration.ofMinutes(5));
        dialogs.answer(true);
        vm.offerSandboxWhenOffline(true);

        vm.refresh();

        assertThat(dialogs.asked()).containsExactly("confirm: " + I18n.get("shell.firstStart.title"));
        assertThat(vm.networkProperty().get()).isEqualTo(Network.sandbox());
        assertThat(vm.offlineProperty().get()).isFalse();
        AccountSummary chip = vm.accountProperty().get();
        assertThat(chip.name()).isEqualTo(DemoAccount.NAME);
        assertThat(chip.address()).isEqualTo(DemoAccount.ADDRESS);
        assertThat(vm.account().unlockedProperty().get()).isTrue();
        assertThat(vm.canSignProperty().get()).isTrue();

        vm.networkProperty().set(Network.mainnet());

        assertThat(vm.canSignProperty().get()).isFalse();
        assertThat(vm.account().signingBlockedProperty().get()).isEqualTo(I18n.get("shell.sign.demoOutsideSandbox"));
        vm.refresh();
        assertThat(dialogs.asked()).as("offered once only").hasSize(1);
    }

    @Test
    void aWatchOnlyAccountCannotSignAndShowsItsFundsFromTheNode() {
        build().refresh();
        wallet.watch("partner", ADDRESS_1.toLowerCase());

        assertThat(vm.accountProperty().get().watchOnly()).isTrue();
        assertThat(vm.accountProperty().get().name()).isEqualTo("partner");
        assertThat(vm.account().watchOnlyProperty().get()).isTrue();
        assertThat(vm.canSignProperty().get()).isFalse();
        assertThat(vm.account().hasKeyProperty().get()).isFalse();
        assertThat(vm.account().signingBlockedProperty().get()).contains("watch-only");
        try (CcnClient direct = CcnClient.builder().node(mainnet.url()).build()) {
            assertThat(vm.accountProperty().get().balance()).isEqualByComparingTo(direct.balance(ADDRESS_1).balance());
        }
        assertThat(vm.account().accounts()).extracting(a -> a.name()).containsExactly("partner");
    }

    @Test
    void lockButtonAndIdleTimeoutBothLockTheSigner() throws InterruptedException {
        build(List.of(mainnet.url()), Duration.ofMillis(300)).refresh();
        char[] password = "correct horse".toCharArray();
        wallet.importPrivateKey("second", KEY_1.toCharArray(), password.clone());
        wallet.unlock(password.clone());
        assertThat(vm.account().unlockedProperty().get()).isTrue();
        assertThat(vm.canSignProperty().get()).isTrue();

        vm.lock();
        assertThat(vm.account().unlockedProperty().get()).isFalse();
        assertThat(wallet.signer().orElseThrow().isUnlocked()).isFalse();

        CountDownLatch autoLocked = new CountDownLatch(1);
        wallet.unlock(password);
        assertThat(vm.account().unlockedProperty().get()).isTrue();
        wallet.addListener(s -> {
            if (!s.unlocked()) {
                autoLocked.countDown();
            }
        });
        assertThat(autoLocked.await(10, TimeUnit.SECONDS)).as("auto-lock after 300 ms idle").isTrue();
        assertThat(vm.account().unlockedProperty().get()).isFalse();
        assertThat(vm.canSignProperty().get()).as("a locked key account can still sign once unlocked").isTrue();
    }

    @Test
    void customNodeIsValidatedThenUsedAndSandboxRecovers() {
        build();
        assertThat(vm.useCustomNode("ftp://example")).contains(I18n.format("shell.network.customInvalid", "ftp://example"));
        assertThat(vm.networks()).doesNotContain(Network.custom("ftp://example"));
    }

    @Test
    void selectingARowLoadsItsDetailsAndSwitchingTabsFollowsTheSelection() {
        build().refresh();
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
        build().refresh();
        vm.startDelete();
        assertThat(intents.calls()).isEmpty();

        vm.programs().selectedProperty().set(vm.programs().rows().get(0));
        vm.startDelete();
        assertThat(intents.calls()).extracting(RecordingIntents.Call::intent).containsExactly("delete");
        assertThat(vm.programs().intentState(ProgramIntent.DELETE).get().enabled()).isTrue();
    }

    @Test
    void withoutAWalletAccountTheHeaderShowsTheSourcesAccount() {
        build().refresh();
        assertThat(AccountFormat.name(vm.accountProperty().get())).isEqualTo("Main account");
        assertThat(AccountFormat.funds(vm.accountProperty().get())).matches("184.250 credits");
        assertThat(AccountFormat.address(vm.accountProperty().get())).isEqualTo("0x9a3F…9f0A");
        assertThat(vm.canSignProperty().get()).isFalse();
        assertThat(vm.account().signingBlockedProperty().get()).isEqualTo(I18n.get("shell.sign.noAccount"));
    }

    @Test
    void selectingAnotherAccountReloadsTheWindow() {
        build().refresh();
        int before = loads.get();

        wallet.watch("partner", ADDRESS_1);

        assertThat(loads.get()).isEqualTo(before + 1);
        assertThat(vm.accountProperty().get().balance()).isNotNull();
    }

    @Test
    void theActivityTabsDetailsShowTheSelectedOperation() {
        build().refresh();
        vm.activeTabProperty().set(MainTab.ACTIVITY);
        assertThat(vm.details().itemProperty().get()).isNull();
        assertThat(vm.details().emptyHintProperty().get()).isEqualTo(I18n.get("details.pane.emptyActivity"));

        ActivityRow op = vm.activity().rows().get(0);
        vm.activity().selectedProperty().set(op);

        ItemDetails shown = vm.details().itemProperty().get();
        assertThat(shown.kind()).isEqualTo(ItemDetails.Kind.OPERATION);
        assertThat(shown.title()).isEqualTo(op.intent());
        assertThat(shown.fields()).extracting(ItemDetails.Field::label)
                .contains(I18n.get("details.operation.steps"), I18n.get("details.operation.backups"));

        vm.activeTabProperty().set(MainTab.PROGRAMS);
        assertThat(vm.details().emptyHintProperty().get()).isEqualTo(I18n.get("details.pane.empty"));
    }

    @Test
    void aDoubleClickRequestShowsTheDetailsAndTheSandboxIsMarked() {
        build().refresh();
        ProgramRow weather = vm.programs().rows().stream().filter(p -> "weather-api".equals(p.name())).findFirst().orElseThrow();
        vm.programs().selectedProperty().set(weather);
        int before = vm.detailsRequestsProperty().get();

        vm.programs().requestDetails();

        assertThat(vm.detailsRequestsProperty().get()).isEqualTo(before + 1);
        assertThat(vm.details().itemProperty().get().itemHash()).isEqualTo(weather.itemHash());
        assertThat(vm.onSandbox().get()).isFalse();
        assertThat(vm.programs().addressOf(weather)).isEqualTo(weather.url());
        vm.useSandbox();
        assertThat(vm.onSandbox().get()).isTrue();
        assertThat(vm.programs().addressOf(weather)).startsWith("http://127.0.0.1:").endsWith("/vm/" + weather.itemHash() + "/");
    }
}
