package org.alephdeploy.app;

import org.alephdeploy.wallet.Account;
import java.util.Objects;
import java.util.Optional;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.platform.DesktopNotifier;
import org.alephdeploy.service.app.NetworkEngines;
import org.alephdeploy.service.app.WalletSignerAccess;
import org.alephdeploy.service.app.WindowRehearsals;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.Windows;
import org.alephdeploy.ui.inventory.EngineInventorySource;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.ShellViewModel;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.wizard.WizardLauncher;

/**
 * What the window shows and who handles what the user starts there: either the wallet's account
 * through the engine of the chosen network, with the wizards as the intents ({@link Engine}, the
 * app), or a source and intents given by whoever builds the window ({@link Given}, tests and the
 * screenshot tool).
 */
sealed interface WindowContent {
    /** How the composition root makes the content, from the services it built first. */
    @FunctionalInterface
    interface Factory {
        WindowContent make(AppDirs dirs, NodeConnection nodes, WalletSession wallet, Notifications notifications);
    }

    InventorySource source();

    ProgramIntents programIntents();

    VolumeIntents volumeIntents();

    /** The wizards, which are the intents and run the Activity tab; empty for a given content. */
    Optional<WizardLauncher> wizards();

    /** The engine of each network the window used; empty for a given content. */
    Optional<NetworkEngines> engines();

    /** Connects what needs the finished window; called once, when the shell exists. */
    void attach(Windows windows, FxTasks tasks, Dialogs dialogs, Notifications notifications, ShellViewModel shell);

    /** Starts the background work the first frame does not show; called once that frame is out. */
    void afterFirstFrame();

    /** Stops what {@link #attach} started. */
    void close();

    /** The app: one engine per network, the selected account's inventory, the wizards. */
    final class Engine implements WindowContent {
        private final NetworkEngines engines;
        private final WizardLauncher wizards;
        private final EngineInventorySource source;

        private Engine(NetworkEngines engines, WizardLauncher wizards, EngineInventorySource source) {
            this.engines = engines;
            this.wizards = wizards;
            this.source = source;
        }

        static Engine make(AppDirs dirs, NodeConnection nodes, WalletSession wallet, Notifications notifications) {
            NetworkEngines engines = new NetworkEngines(nodes, dirs.data(), dirs.cache());
            SignerAccess signing = new WalletSignerAccess(wallet, nodes);
            WizardLauncher wizards = new WizardLauncher(new EngineTasks(engines::current, signing)
                    .rehearseWith(new WindowRehearsals(nodes, engines, dirs.data().resolve("rehearse"))));
            wizards.localComputeNodeWith(nodes::sandboxVm);
            wizards.desktopNotificationsWith(DesktopNotifier.system());
            return new Engine(engines, wizards, new EngineInventorySource(network -> engines.of(network.choice()), signing)
                    .withAccountNames(address -> wallet.accounts().stream().filter(a -> a.address().equalsIgnoreCase(address))
                            .map(Account::name).findFirst().orElse(null)));
        }

        @Override
        public InventorySource source() {
            return source;
        }

        @Override
        public ProgramIntents programIntents() {
            return wizards.intents();
        }

        @Override
        public VolumeIntents volumeIntents() {
            return wizards.intents();
        }

        @Override
        public Optional<WizardLauncher> wizards() {
            return Optional.of(wizards);
        }

        @Override
        public Optional<NetworkEngines> engines() {
            return Optional.of(engines);
        }

        @Override
        public void attach(Windows windows, FxTasks tasks, Dialogs dialogs, Notifications notifications,
                ShellViewModel shell) {
            wizards.connect(windows, tasks, dialogs, notifications, shell);
        }

        @Override
        public void afterFirstFrame() {
            wizards.startPolling();
        }

        @Override
        public void close() {
            wizards.stopPolling();
        }
    }

    /** A source and the intents of its rows, given whole; nothing to attach or stop. */
    record Given(InventorySource source, ProgramIntents programIntents, VolumeIntents volumeIntents)
            implements WindowContent {
        public Given {
            Objects.requireNonNull(source);
            Objects.requireNonNull(programIntents);
            Objects.requireNonNull(volumeIntents);
        }

        @Override
        public Optional<WizardLauncher> wizards() {
            return Optional.empty();
        }

        @Override
        public Optional<NetworkEngines> engines() {
            return Optional.empty();
        }

        @Override
        public void attach(Windows windows, FxTasks tasks, Dialogs dialogs, Notifications notifications,
                ShellViewModel shell) {
            // the given intents need nothing from the window
        }

        @Override
        public void afterFirstFrame() {
            // nothing runs in the background
        }

        @Override
        public void close() {
            // nothing was started
        }
    }
}
