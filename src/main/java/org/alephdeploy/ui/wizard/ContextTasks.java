package org.alephdeploy.ui.wizard;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.ProgressSink;
import org.alephdeploy.ui.fx.ProgressWork;
import org.alephdeploy.ui.fx.RunningTask;
import org.alephdeploy.ui.fx.TaskBuilder;

/**
 * The wizard's worker pool as {@link FxTasks}, so that the input pages' view models take the same
 * interface as every other view model (and {@code SyncFxTasks} in tests). FX thread only.
 */
public final class ContextTasks implements FxTasks {
    private final WizardContext context;
    private final ReadOnlyIntegerWrapper active = new ReadOnlyIntegerWrapper(this, "active");

    public ContextTasks(WizardContext context) {
        this.context = context;
    }

    @Override
    public <T> TaskBuilder<T> run(Callable<T> work) {
        return runWithProgress(progress -> work.call());
    }

    @Override
    public <T> TaskBuilder<T> runWithProgress(ProgressWork<T> work) {
        return new TaskBuilder<>(work, this::launch, error -> context.notifications().show(
                Notice.of(Notice.Kind.WARNING, String.valueOf(error.getMessage()))));
    }

    /** The account's inventory as cached (worker only: it blocks until read). */
    public Inventory inventory() throws Exception {
        Task<Inventory> read = context.engine().inventory(false);
        read.run();
        try {
            return read.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public ReadOnlyIntegerProperty activeCountProperty() {
        return active.getReadOnlyProperty();
    }

    private <T> RunningTask launch(TaskBuilder<T> builder) {
        Work<T> task = new Work<>(builder);
        task.setOnSucceeded(e -> finish(() -> builder.succeeded(task.getValue())));
        task.setOnFailed(e -> finish(() -> builder.failed(task.getException())));
        task.setOnCancelled(e -> finish(builder::cancelled));
        active.set(active.get() + 1);
        context.start(task);
        return task;
    }

    private void finish(Runnable handler) {
        active.set(active.get() - 1);
        handler.run();
    }

    private static final class Work<T> extends Task<T> implements ProgressSink, RunningTask {
        private final TaskBuilder<T> builder;

        Work(TaskBuilder<T> builder) {
            this.builder = builder;
        }

        @Override
        protected T call() throws Exception {
            return builder.work().call(this);
        }

        @Override
        public void progress(long doneUnits, long total) {
            updateProgress(doneUnits, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
