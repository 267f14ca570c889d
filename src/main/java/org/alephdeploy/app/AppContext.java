package org.alephdeploy.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.platform.AppDirs;
import org.alephdeploy.service.app.NetworkEngines;
import org.alephdeploy.service.node.LocalSandbox;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.wallet.WalletSession;
import org.alephdeploy.settings.Settings;
import org.alephdeploy.settings.SettingsStore;
import org.alephdeploy.ui.activity.ActivityController;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.details.DetailsController;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.fx.ColumnMemory;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.ErrorWindowController;
import org.alephdeploy.ui.fx.FxDialogs;
import org.alephdeploy.ui.fx.FirstPulse;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.PooledFxTasks;
import org.alephdeploy.ui.fx.ThemeManager;
import org.alephdeploy.ui.fx.UiSettings;
import org.alephdeploy.ui.fx.UncaughtErrorHandler;
import org.alephdeploy.ui.fx.ViewLoader;
import org.alephdeploy.ui.fx.WindowPlacement;
import org.alephdeploy.ui.fx.Windows;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramsController;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.shell.AccountViewModel;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.HeaderController;
import org.alephdeploy.ui.shell.MainWindowController;
import org.alephdeploy.ui.shell.NetworkBannersController;
import org.alephdeploy.ui.shell.ShellServices;
import org.alephdeploy.ui.shell.ShellSettings;
import org.alephdeploy.ui.shell.ShellViewModel;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumesController;
import org.alephdeploy.ui.volumes.VolumesViewModel;
import org.alephdeploy.ui.wallet.AccountsController;
import org.alephdeploy.ui.wallet.AlephKeyController;
import org.alephdeploy.ui.wallet.CreateController;
import org.alephdeploy.ui.wallet.KeystoreController;
import org.alephdeploy.ui.wallet.MnemonicController;
import org.alephdeploy.ui.wallet.PrivateKeyController;
import org.alephdeploy.ui.wallet.UnlockController;
import org.alephdeploy.ui.wallet.WalletDialogController;
import org.alephdeploy.ui.wallet.WalletDialogViewModel;
import org.alephdeploy.ui.wallet.WalletPage;
import org.alephdeploy.ui.wallet.WatchController;
import org.alephdeploy.ui.wizard.WizardLauncher;
import org.alephdeploy.wallet.ScryptParams;
import org.alephdeploy.wallet.WalletStore;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: builds every service, view model and controller by hand,
 * once. Controllers are created through {@link #controller(Class)}, which {@link ViewLoader}
 * hands to FXML. Build on the FX thread.
 *
 * <p>The app's window: one engine per network ({@link #engines()}), the inventory of the wallet's
 * selected account ({@link WindowContent.Engine}), the wizards as the tables' intents and the
 * journal polled into the Activity tab ({@link #wizards()}). Services: {@link #nodes()} (the
 * current node and its client), {@link #wallet()} (the selected account and its signer).
 */
public final class AppContext implements AutoCloseable {
    private static final int WORKER_THREADS = 4;

    private final AppDirs dirs;
    private final SettingsStore settingsStore;
    private final boolean firstStart;
    private final UiSettings settings;
    private final ThemeManager theme;
    private final Notifications notifications;
    private final ViewLoader views;
    private final Windows windows;
    private final UncaughtErrorHandler errors;
    private final FxTasks tasks;
    private final Dialogs dialogs;
    private final WindowContent content;
    private final NodeConnection nodes;
    private final WalletSession wallet;
    private final ColumnMemory columns;
    private final Path home;
    /** Made when the wallet dialog first opens: its eight page models are not needed before. */
    private volatile WalletDialogViewModel walletDialog;
    private final ShellViewModel shell;
    private final Map<Class<?>, Supplier<Object>> controllers;
    private volatile boolean closed;

    private AppContext(Builder b) {
        dirs = b.dirs != null ? b.dirs : AppDirs.under(temporaryRoot());
        settingsStore = SettingsStore.of(dirs);
        firstStart = !Files.exists(settingsStore.file());
        Settings stored = settingsStore.load();
        settings = new UiSettings(stored, settingsStore::saveLater);
        theme = new ThemeManager(settings.themeProperty());
        notifications = new Notifications();
        views = new ViewLoader(this::controller);
        windows = new Windows(views);
        errors = new UncaughtErrorHandler(windows::showError);
        tasks = b.tasks != null ? b.tasks.apply(errors) : new PooledFxTasks(WORKER_THREADS, errors);
        dialogs = b.dialogs != null ? b.dialogs : new FxDialogs(windows::mainWindow, windows::showError);
        nodes = new NodeConnection(b.mainnetNodes, new LocalSandbox(dirs.sandbox()));
        wallet = new WalletSession(new WalletStore(dirs.wallets(), b.scrypt), autoLock(settings.autoLockMinutesProperty().get()));
        content = b.content.make(dirs, nodes, wallet, notifications);
        settings.autoLockMinutesProperty().addListener((obs, old, now) -> wallet.setIdleTimeout(autoLock(now.intValue())));
        columns = new ColumnMemory(settings);
        home = b.home != null ? b.home : dirs.data().resolve("home");
        Consumer<WalletPage> openWallet = page -> {
            walletDialog().open(page);
            windows.openWallet();
        };
        ProgramsViewModel programs = new ProgramsViewModel(content.programIntents());
        VolumesViewModel volumes = new VolumesViewModel(content.volumeIntents());
        ActivityViewModel activity = new ActivityViewModel();
        DetailsViewModel details = new DetailsViewModel();
        // events that arrive while closing (the wallet locks itself) must not start work on the stopped pool
        Executor fxThread = change -> {
            if (!closed) {
                b.fxThread.execute(() -> {
                    if (!closed) {
                        change.run();
                    }
                });
            }
        };
        details.useLocalComputeNode(tasks, nodes::sandboxVm);
        ShellServices services = new ShellServices(content.source(), tasks, nodes, wallet, dialogs, fxThread);
        AccountViewModel account = new AccountViewModel(services, settings.lastAccountProperty());
        shell = new ShellViewModel(services, account, programs, volumes, activity, details);
        ShellSettings.bind(shell, settings);
        content.attach(windows, tasks, dialogs, notifications, shell);

        controllers = Map.ofEntries(
                Map.entry(MainWindowController.class,
                        () -> new MainWindowController(shell, openWallet, columns, notifications, tasks, views)),
                Map.entry(HeaderController.class, () -> new HeaderController(shell, dialogs, openWallet, theme)),
                Map.entry(NetworkBannersController.class, () -> new NetworkBannersController(shell)),
                Map.entry(ProgramsController.class, () -> new ProgramsController(programs)),
                Map.entry(VolumesController.class, () -> new VolumesController(volumes)),
                Map.entry(ActivityController.class, () -> new ActivityController(activity)),
                Map.entry(DetailsController.class, () -> new DetailsController(details)),
                Map.entry(ErrorWindowController.class, ErrorWindowController::new),
                Map.entry(WalletDialogController.class, () -> new WalletDialogController(walletDialog())),
                Map.entry(UnlockController.class, () -> new UnlockController(walletDialog())),
                Map.entry(AccountsController.class, () -> new AccountsController(walletDialog())),
                Map.entry(CreateController.class, () -> new CreateController(walletDialog())),
                Map.entry(PrivateKeyController.class, () -> new PrivateKeyController(walletDialog())),
                Map.entry(MnemonicController.class, () -> new MnemonicController(walletDialog())),
                Map.entry(KeystoreController.class, () -> new KeystoreController(walletDialog())),
                Map.entry(AlephKeyController.class, () -> new AlephKeyController(walletDialog())),
                Map.entry(WatchController.class, () -> new WatchController(walletDialog())));
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Duration autoLock(int minutes) {
        return Duration.ofMinutes(minutes > 0 ? minutes : Settings.DEFAULT_AUTO_LOCK_MINUTES);
    }

    private static Path temporaryRoot() {
        try {
            return Files.createTempDirectory("aleph-deploy-ui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shows the main window where it was left, then, once its first frame is out, lists the wallet,
     * loads the network and starts polling the journal (their work on other threads would compete
     * with the first frame for the processor).
     */
    public Stage start(Stage stage) {
        Stage main = windows.showMain(stage, s -> {
            WindowPlacement.restore(s, settings);
            StartupTimeline.mark("scene");
        });
        WindowPlacement.track(main, settings);
        shell.offerSandboxWhenOffline(firstStart);
        FirstPulse.then(main.getScene(), () -> {
            if (!closed) {
                shell.account().start();
                shell.refresh();
                content.afterFirstFrame();
            }
        });
        return main;
    }

    /** The controller FXML asks for; every controller is listed here, nothing is found by reflection. */
    public Object controller(Class<?> type) {
        Supplier<Object> make = controllers.get(type);
        if (make == null) {
            throw new IllegalArgumentException("no controller registered for " + type.getName());
        }
        return make.get();
    }

    public AppDirs dirs() {
        return dirs;
    }

    /** True when no settings file existed when the app started. */
    public boolean firstStart() {
        return firstStart;
    }

    public UiSettings settings() {
        return settings;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    public ThemeManager theme() {
        return theme;
    }

    public Notifications notifications() {
        return notifications;
    }

    public Windows windows() {
        return windows;
    }

    public UncaughtErrorHandler errors() {
        return errors;
    }

    public FxTasks tasks() {
        return tasks;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public InventorySource source() {
        return content.source();
    }

    /**
     * The wizards (they are the tables' intents and run the Activity tab), or empty when the window
     * was built on a given source.
     */
    public Optional<WizardLauncher> wizards() {
        return content.wizards();
    }

    /** The engine of each network the window used, or empty when built on a given source. */
    public Optional<NetworkEngines> engines() {
        return content.engines();
    }

    /** The node in use; services take {@code nodes().client()} per piece of work. */
    public NodeConnection nodes() {
        return nodes;
    }

    /** The wallet: accounts, the selected one, its signer. */
    public WalletSession wallet() {
        return wallet;
    }

    /** Remembers table column widths: {@code columns().bind(table, "activity")}. */
    public ColumnMemory columns() {
        return columns;
    }

    /** The wallet dialog's model, made on first use; FX thread only. */
    public WalletDialogViewModel walletDialog() {
        if (walletDialog == null) {
            walletDialog = new WalletDialogViewModel(wallet, tasks, dialogs, notifications, home);
        }
        return walletDialog;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** Stops polling the journal, locks the wallet, writes pending settings, stops the sandbox and the worker pool. */
    @Override
    public void close() {
        closed = true;
        content.close();
        wallet.lock();
        try {
            settingsStore.close();
        } catch (IOException e) {
            LoggerFactory.getLogger(AppContext.class).warn("saving the settings failed: {}", e.toString());
        }
        nodes.close();
        if (tasks instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(AppContext.class).warn("closing the worker pool failed", e);
            }
        }
    }

    /**
     * What differs between the app, tests and the screenshot tool; everything else is fixed.
     * Without {@link #forThisUser()} nothing touches the user's files or the internet: files go to
     * a new temporary directory and "Aleph mainnet" is a closed loopback port.
     *
     * <p>Unless {@link #source} is given, the window shows the wallet's selected account through
     * the engine of the chosen network, and the wizards are its intents.
     */
    public static final class Builder {
        /** A loopback port nothing listens on: the stand-in for mainnet outside the real app. */
        public static final List<String> UNREACHABLE_MAINNET = List.of("http://127.0.0.1:9");

        private WindowContent.Factory content = WindowContent.Engine::make;
        private Function<Consumer<Throwable>, FxTasks> tasks;
        private Dialogs dialogs;
        private AppDirs dirs;
        private Path home;
        private List<String> mainnetNodes = UNREACHABLE_MAINNET;
        private ScryptParams scrypt = ScryptParams.STANDARD;
        private Executor fxThread = Platform::runLater;

        /** The real app: this user's folders and home, the public mainnet nodes. */
        public Builder forThisUser() {
            dirs = AppDirs.forThisUser();
            home = Path.of(System.getProperty("user.home"));
            mainnetNodes = CcnClient.MAINNET_NODES;
            return this;
        }

        /**
         * A source of its own instead of the engine, and the intents of its rows, made once the
         * window's notification area exists (tests, the screenshot tool). There are no wizards then.
         */
        public <I extends ProgramIntents & VolumeIntents> Builder source(InventorySource value,
                Function<Notifications, I> intents) {
            Objects.requireNonNull(value);
            Objects.requireNonNull(intents);
            this.content = (dirs, nodes, wallet, notifications) -> {
                I made = intents.apply(notifications);
                return new WindowContent.Given(value, made, made);
            };
            return this;
        }

        /** How to make the task runner, given the handler for failures nobody handled. */
        public Builder tasks(Function<Consumer<Throwable>, FxTasks> value) {
            this.tasks = value;
            return this;
        }

        public Builder dialogs(Dialogs value) {
            this.dialogs = value;
            return this;
        }

        /** Where settings, wallets and the sandbox live. */
        public Builder dirs(AppDirs value) {
            this.dirs = value;
            return this;
        }

        /** The home folder searched for the aleph command line tool's keys. */
        public Builder home(Path value) {
            this.home = value;
            return this;
        }

        /** The node URLs "Aleph mainnet" stands for. */
        public Builder mainnetNodes(List<String> value) {
            this.mainnetNodes = List.copyOf(value);
            return this;
        }

        /** The scrypt cost of new keystores (tests use {@link ScryptParams#LIGHT}). */
        public Builder scrypt(ScryptParams value) {
            this.scrypt = value;
            return this;
        }

        /** How events from other threads reach the FX thread (default {@code Platform::runLater}). */
        public Builder fxThread(Executor value) {
            this.fxThread = value;
            return this;
        }

        public AppContext build() {
            return new AppContext(this);
        }
    }
}
