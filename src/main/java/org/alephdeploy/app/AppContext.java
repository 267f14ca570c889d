package org.alephdeploy.app;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alephdeploy.ui.activity.ActivityController;
import org.alephdeploy.ui.activity.ActivityViewModel;
import org.alephdeploy.ui.demo.DemoIntents;
import org.alephdeploy.ui.demo.DemoInventorySource;
import org.alephdeploy.ui.details.DetailsController;
import org.alephdeploy.ui.details.DetailsViewModel;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.ErrorWindowController;
import org.alephdeploy.ui.fx.FxDialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.PooledFxTasks;
import org.alephdeploy.ui.fx.ThemeManager;
import org.alephdeploy.ui.fx.UiSettings;
import org.alephdeploy.ui.fx.UncaughtErrorHandler;
import org.alephdeploy.ui.fx.ViewLoader;
import org.alephdeploy.ui.fx.Windows;
import org.alephdeploy.ui.programs.ProgramIntents;
import org.alephdeploy.ui.programs.ProgramsController;
import org.alephdeploy.ui.programs.ProgramsViewModel;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.MainWindowController;
import org.alephdeploy.ui.shell.ShellViewModel;
import org.alephdeploy.ui.volumes.VolumeIntents;
import org.alephdeploy.ui.volumes.VolumesController;
import org.alephdeploy.ui.volumes.VolumesViewModel;

/**
 * The composition root of the window: builds every service, view model and controller by hand,
 * once. Controllers are created through {@link #controller(Class)}, which {@link ViewLoader}
 * hands to FXML. Build on the FX thread.
 */
public final class AppContext implements AutoCloseable {
    private static final int WORKER_THREADS = 4;

    private final UiSettings settings;
    private final ThemeManager theme;
    private final Notifications notifications;
    private final ViewLoader views;
    private final Windows windows;
    private final UncaughtErrorHandler errors;
    private final FxTasks tasks;
    private final Dialogs dialogs;
    private final InventorySource source;
    private final ShellViewModel shell;
    private final Map<Class<?>, Supplier<Object>> controllers;

    private AppContext(Builder b) {
        settings = new UiSettings();
        theme = new ThemeManager(settings.themeProperty());
        notifications = new Notifications();
        views = new ViewLoader(this::controller);
        windows = new Windows(views);
        errors = new UncaughtErrorHandler(windows::showError);
        tasks = b.tasks != null ? b.tasks.apply(errors) : new PooledFxTasks(WORKER_THREADS, errors);
        dialogs = b.dialogs != null ? b.dialogs : new FxDialogs(windows::mainWindow, windows::showError);
        source = b.source != null ? b.source : new DemoInventorySource();
        DemoIntents demoIntents = new DemoIntents(notifications);
        ProgramIntents programIntents = Objects.requireNonNullElse(b.programIntents, demoIntents);
        VolumeIntents volumeIntents = Objects.requireNonNullElse(b.volumeIntents, demoIntents);

        ProgramsViewModel programs = new ProgramsViewModel(programIntents);
        VolumesViewModel volumes = new VolumesViewModel(volumeIntents);
        ActivityViewModel activity = new ActivityViewModel();
        DetailsViewModel details = new DetailsViewModel();
        shell = new ShellViewModel(source, tasks, programs, volumes, activity, details);

        controllers = Map.of(
                MainWindowController.class, () -> new MainWindowController(shell, dialogs, windows, theme, notifications, tasks),
                ProgramsController.class, () -> new ProgramsController(programs),
                VolumesController.class, () -> new VolumesController(volumes),
                ActivityController.class, () -> new ActivityController(activity),
                DetailsController.class, () -> new DetailsController(details),
                ErrorWindowController.class, ErrorWindowController::new);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The controller FXML asks for; every controller is listed here, nothing is found by reflection. */
    public Object controller(Class<?> type) {
        Supplier<Object> make = controllers.get(type);
        if (make == null) {
            throw new IllegalArgumentException("no controller registered for " + type.getName());
        }
        return make.get();
    }

    public UiSettings settings() {
        return settings;
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
        return source;
    }

    public ShellViewModel shell() {
        return shell;
    }

    @Override
    public void close() {
        if (tasks instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("closing the worker pool failed", e);
            }
        }
    }

    /** What differs between the app, tests and the screenshot tool; everything else is fixed. */
    public static final class Builder {
        private InventorySource source;
        private Function<java.util.function.Consumer<Throwable>, FxTasks> tasks;
        private Dialogs dialogs;
        private ProgramIntents programIntents;
        private VolumeIntents volumeIntents;

        public Builder source(InventorySource value) {
            this.source = value;
            return this;
        }

        /** How to make the task runner, given the handler for failures nobody handled. */
        public Builder tasks(Function<java.util.function.Consumer<Throwable>, FxTasks> value) {
            this.tasks = value;
            return this;
        }

        public Builder dialogs(Dialogs value) {
            this.dialogs = value;
            return this;
        }

        public Builder programIntents(ProgramIntents value) {
            this.programIntents = value;
            return this;
        }

        public Builder volumeIntents(VolumeIntents value) {
            this.volumeIntents = value;
            return this;
        }

        public AppContext build() {
            return new AppContext(this);
        }
    }
}
