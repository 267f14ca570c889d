package org.alephdeploy.ui.fx;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Runs work off the FX thread and hands its outcome back on the FX thread:
 * {@code tasks.run(() -> load()).onSuccess(this::show).onError(IOException.class, this::offline).andFinally(...).start()}.
 * Errors no handler claims go to the application's error window.
 */
public interface FxTasks {
    <T> TaskBuilder<T> run(Callable<T> work);

    <T> TaskBuilder<T> runWithProgress(ProgressWork<T> work);

    /** How many tasks are running or queued; FX thread only. */
    ReadOnlyIntegerProperty activeCountProperty();
}
