package org.alephdeploy.ui.wizard;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notifications;

/**
 * What the window lends every wizard: the worker pool (as an executor for the engine's tasks and
 * as {@link FxTasks} for the pages' view models), dialogs and notifications.
 */
public record WizardServices(Executor executor, FxTasks tasks, Dialogs dialogs, Notifications notifications) {
    public WizardServices {
        Objects.requireNonNull(executor);
        Objects.requireNonNull(tasks);
    }

    /** The services over {@code tasks}: the executor starts each piece of work as one of its tasks. */
    public static WizardServices over(FxTasks tasks, Dialogs dialogs, Notifications notifications) {
        Executor executor = work -> tasks.run(() -> {
            work.run();
            return null;
        }).start();
        return new WizardServices(executor, tasks, dialogs, notifications);
    }
}
