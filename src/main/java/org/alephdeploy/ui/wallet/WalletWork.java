package org.alephdeploy.ui.wallet;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.wallet.WalletException;

/**
 * Runs the dialog's wallet work on the worker pool (scrypt takes about a second), keeps the
 * dialog busy meanwhile, and hands a {@link WalletException} to the page to show inline.
 * Other failures reach the error window. FX thread only.
 */
final class WalletWork {
    private final FxTasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;

    WalletWork(FxTasks tasks) {
        this.tasks = tasks;
    }

    <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<WalletException> failed) {
        running++;
        busy.set(true);
        tasks.run(work).onSuccess(done).onError(WalletException.class, failed).andFinally(() -> {
            running--;
            busy.set(running > 0);
        }).start();
    }

    /** Background work whose result only matters if no newer request came meanwhile. */
    final class Latest {
        private int generation;

        <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<WalletException> failed) {
            int mine = ++generation;
            tasks.run(work).onSuccess(r -> {
                if (mine == generation) {
                    done.accept(r);
                }
            }).onError(WalletException.class, e -> {
                if (mine == generation) {
                    failed.accept(e);
                }
            }).start();
        }

        /** Drops the result of work still running. */
        void cancel() {
            generation++;
        }
    }

    Latest latest() {
        return new Latest();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
