package org.alephdeploy.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.service.node.LocalSandbox;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.settings.Settings;
import org.alephdeploy.settings.SettingsStore;
import org.alephdeploy.ui.RecordingIntents;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.fx.ScriptedDialogs;
import org.alephdeploy.ui.fx.SyncFxTasks;
import org.alephdeploy.ui.fx.Theme;
import org.alephdeploy.ui.fx.UiSettings;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;

/** Theme, network, last account, window and column widths survive a restart of the store and view models. */
class SettingsPersistenceTest {
    @TempDir
    Path tmp;
    private NodeConnection nodes;

    @AfterEach
    void close() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private ShellViewModel shell(UiSettings settings) {
        nodes = new NodeConnection(List.of("http://127.0.0.1:9"), new LocalSandbox(tmp.resolve("sandbox")));
        RecordingIntents intents = new RecordingIntents();
        ShellServices services = new ShellServices(new DemoInventorySource(), new SyncFxTasks(), nodes,
                new WalletSession(new WalletStore(tmp.resolve("wallets"), ScryptParams.LIGHT), Duration.ofMinutes(5)),
                new ScriptedDialogs(), Runnable::run);
        ShellViewModel vm = new ShellViewModel(services, new AccountViewModel(services, settings.lastAccountProperty()),
                new ProgramsViewModel(intents), new VolumesViewModel(intents), new ActivityViewModel(), new DetailsViewModel());
        ShellSettings.bind(vm, settings);
        return vm;
    }

    @Test
    void choicesAreWrittenAndRestored() throws IOException {
        AppDirs dirs = AppDirs.under(tmp);
        SettingsStore store = SettingsStore.of(dirs);
        assertThat(Files.exists(store.file())).isFalse();
        UiSettings first = new UiSettings(store.load(), store::saveLater);
        ShellViewModel vm = shell(first);
        assertThat(vm.networkProperty().get()).isEqualTo(Network.mainnet());

        first.setTheme(Theme.DARK);
        assertThat(vm.useCustomNode("http://127.0.0.1:4024/")).isEmpty();
        first.lastAccountProperty().set("main");
        first.windowProperty().set(new Settings.Window(40, 50, 1100, 700, true));
        first.setColumnWidth("programs", "nameColumn", 240);
        store.close();
        nodes.close();

        SettingsStore again = SettingsStore.of(dirs);
        UiSettings second = new UiSettings(again.load(), again::saveLater);
        ShellViewModel restarted = shell(second);

        assertThat(second.getTheme()).isEqualTo(Theme.DARK);
        assertThat(restarted.networkProperty().get()).isEqualTo(Network.custom("http://127.0.0.1:4024/"));
        assertThat(restarted.networks()).contains(Network.custom("http://127.0.0.1:4024/"));
        assertThat(second.lastAccountProperty().get()).isEqualTo("main");
        assertThat(second.windowProperty().get()).isEqualTo(new Settings.Window(40, 50, 1100, 700, true));
        assertThat(second.columnWidth("programs", "nameColumn")).isEqualTo(240.0);
        assertThat(Files.readString(again.file())).contains("\"network\" : \"custom\"").contains("\"theme\" : \"dark\"");

        restarted.networkProperty().set(Network.sandbox());
        again.close();
        assertThat(new UiSettings(SettingsStore.of(dirs).load(), s -> { }).networkProperty().get()).isEqualTo(Settings.Network.SANDBOX);
    }

    @Test
    void unknownFieldsOfANewerVersionAreKept() throws IOException {
        AppDirs dirs = AppDirs.under(tmp);
        Files.createDirectories(dirs.config());
        Files.writeString(dirs.settingsFile(), "{\"theme\":\"light\",\"futureThing\":{\"a\":1}}");
        SettingsStore store = SettingsStore.of(dirs);
        UiSettings settings = new UiSettings(store.load(), store::saveLater);

        settings.setTheme(Theme.DARK);
        store.close();

        assertThat(Files.readString(dirs.settingsFile())).contains("futureThing").contains("\"dark\"");
    }
}
