package org.alephdeploy.ui.wallet;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.LatestOnly;
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
        private final LatestOnly latest = new LatestOnly();

        <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<WalletException> failed) {
            LatestOnly.Ticket mine = latest.next();
            tasks.run(work).onSuccess(mine.ifCurrent(done)).onError(WalletException.class, mine.ifCurrent(failed)).start();
        }

        /** Drops the result of work still running. */
        void cancel() {
            latest.dropAll();
        }
    }

    Latest latest() {
        return new Latest();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
