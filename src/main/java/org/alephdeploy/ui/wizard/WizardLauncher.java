package org.alephdeploy.ui.wizard;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.platform.DesktopNotifier;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.node.SandboxVm;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.Windows;
import org.alephdeploy.ui.shell.ShellViewModel;

/**
 * The wizards of the window, wired: {@link IntentRouter} (the tables' intents, made before the
 * window), {@link WizardOpener} (builds each wizard), {@link ActivityCommands} (the Activity tab's
 * buttons) and {@link JournalPolling} (the Activity tab's rows). Made before the composition root,
 * then {@link #attach attached} to the window's services. FX thread only.
 */
public final class WizardLauncher implements WizardContext.Host {
    private final EngineTasks engine;
    private final IntentRouter intents = new IntentRouter();
    private Consumer<String> openUrl = url -> { };
    private Supplier<Optional<SandboxVm>> computeNode = Optional::empty;
    private DesktopNotifier desktop;
    private ShellViewModel shell;
    private WizardOpener opener;
    private JournalPolling polling;
    private boolean pollingStarted;

    public WizardLauncher(EngineTasks engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /** The tables' intents: each opens its wizard once the launcher is attached. */
    public IntentRouter intents() {
        return intents;
    }

    /** Builds the wizards; null until attached. */
    public WizardOpener opener() {
        return opener;
    }

    /**
     * Connects the wizards to the window (see {@link #connect}) and starts polling the journal.
     */
    public void attach(Windows windows, FxTasks tasks, Dialogs dialogs, Notifications notifications, ShellViewModel shellValue) {
        connect(windows, tasks, dialogs, notifications, shellValue);
        startPolling();
    }

    /**
     * Connects the wizards to the window: where stages open, the worker pool (every engine task
     * runs on it), dialogs, notifications and the shell (tables, details pane, activity). The
     * journal is not polled until {@link #startPolling}: the app starts it once the window's first
     * frame is out, so that the first poll's reading does not compete with that frame.
     */
    public void connect(Windows windows, FxTasks tasks, Dialogs dialogs, Notifications notifications, ShellViewModel shellValue) {
        this.shell = shellValue;
        WizardServices services = WizardServices.over(tasks, dialogs, notifications);
        KnownRows rows = new KnownRows(() -> shell.programs().allRows(), () -> shell.volumes().allRows());
        opener = new WizardOpener(engine, services, this, windows, desktop);
        intents.attach(opener, rows, () -> shell.programs().selectedProperty().get());
        shell.activity().setActions(new ActivityCommands(engine, opener, services, windows, this::ranOperation));
        shell.details().rollBackActionProperty().set(intents::rollBackTo);
        shell.details().restoreActionProperty().set(intents::openFor);
        polling = new JournalPolling(engine, services.executor(), shell.activity(), rows);
    }

    /**
     * Starts polling the journal into the Activity tab, once {@link #connect connected}; once
     * started, reads the journal again now (unless a read is under way).
     */
    public void startPolling() {
        if (polling == null) {
            throw new IllegalStateException("connect the launcher to the window first");
        }
        if (pollingStarted) {
            polling.readAgain();
        } else {
            pollingStarted = true;
            polling.start();
        }
    }

    /** How URLs open (the application's host services); without it "Open" does nothing. */
    public void openUrlWith(Consumer<String> value) {
        this.openUrl = Objects.requireNonNull(value);
    }

    /**
     * Where a run sent to the background also tells its end on the desktop; without it (tests), only
     * the window's notice does. Call before {@link #attach}.
     */
    public void desktopNotificationsWith(DesktopNotifier value) {
        this.desktop = value;
    }

    /** Where the local compute node is found (present only on the sandbox network). */
    public void localComputeNodeWith(Supplier<Optional<SandboxVm>> value) {
        this.computeNode = Objects.requireNonNull(value);
    }

    public void stopPolling() {
        if (polling != null) {
            polling.stop();
        }
    }

    @Override
    public Optional<SandboxVm> localComputeNode() {
        return computeNode.get();
    }

    @Override
    public void openFor(Intent intent) {
        intents.openFor(intent);
    }

    @Override
    public void ranOperation() {
        shell.refresh();
        if (polling != null) {
            startPolling();
        }
    }

    @Override
    public void showProgram(String hash) {
        intents.rows().program(hash).ifPresent(p -> {
            shell.programs().searchProperty().set("");
            shell.programs().selectedProperty().set(p);
        });
    }

    @Override
    public void rollBackCode(String hash) {
        intents.rows().program(hash).ifPresent(intents::rollBackCode);
    }

    @Override
    public void openUrl(String url) {
        openUrl.accept(url);
    }
}
