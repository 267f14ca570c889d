package org.alephdeploy.ui.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs each task at once on the calling thread: for view-model tests without the toolkit. */
public final class SyncFxTasks implements FxTasks {
    private final Consumer<Throwable> unhandled;
    private final ReadOnlyIntegerWrapper active = new ReadOnlyIntegerWrapper(0);

    public SyncFxTasks(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
    }

    /** Unhandled failures are rethrown, so that a test sees them. */
    public SyncFxTasks() {
        this(error -> {
            throw new AssertionError("unhandled task failure", error);
        });
    }

    @Override
    public <T> TaskBuilder<T> run(Callable<T> work) {
        return runWithProgress(progress -> work.call());
    }

    @Override
    public <T> TaskBuilder<T> runWithProgress(ProgressWork<T> work) {
        return new TaskBuilder<>(work, this::launch, unhandled);
    }

    @Override
    public ReadOnlyIntegerProperty activeCountProperty() {
        return active.getReadOnlyProperty();
    }

    private <T> RunningTask launch(TaskBuilder<T> builder) {
        Done done = new Done();
        T result;
        try {
            result = builder.work().call(done);
        } catch (Exception e) {
            builder.failed(e);
            return done;
        }
        done.progress.set(1);
        builder.succeeded(result);
        return done;
    }

    private static final class Done implements RunningTask, ProgressSink {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public boolean isDone() {
            return true;
        }

        @Override
        public boolean cancel() {
            return false;
        }

        @Override
        public void progress(long doneUnits, long total) {
            progress.set(total <= 0 ? -1 : (double) doneUnits / total);
        }

        @Override
        public void message(String text) {
            message.set(text);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
