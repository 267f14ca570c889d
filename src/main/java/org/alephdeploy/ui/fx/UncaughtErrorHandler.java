package org.alephdeploy.ui.fx;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last tier of error handling: logs anything nobody caught and shows it in the error window.
 * A failure while showing the window is only logged, so one bug cannot loop.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler, Consumer<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);

    private final Consumer<ErrorReport> show;
    private boolean showing;

    public UncaughtErrorHandler(Consumer<ErrorReport> show) {
        this.show = show;
    }

    /** Installs this handler as the default and on the FX thread. Call on the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught on thread {}", thread.getName(), error);
        report(error);
    }

    /** For errors that reached the FX side unhandled (a task without a matching error handler). */
    @Override
    public void accept(Throwable error) {
        LOG.error("unhandled task failure", error);
        report(error);
    }

    private void report(Throwable error) {
        ErrorReport report = ErrorReport.unexpected(error);
        if (Platform.isFxApplicationThread()) {
            showOnce(report);
        } else {
            Platform.runLater(() -> showOnce(report));
        }
    }

    private void showOnce(ErrorReport report) {
        if (showing) {
            LOG.warn("error {} not shown: the error window itself failed", report.code());
            return;
        }
        showing = true;
        try {
            show.accept(report);
        } catch (RuntimeException e) {
            LOG.error("could not show the error window", e);
        } finally {
            showing = false;
        }
    }
}
