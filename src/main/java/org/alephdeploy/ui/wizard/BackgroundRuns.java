package org.alephdeploy.ui.wizard;

import javafx.concurrent.Worker;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.service.engine.RunTask;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;

/**
 * A run whose wizard closed before it ended goes on in the background: says so, then tells
 * (in the window's notification area) when it ends or fails. FX thread only.
 */
final class BackgroundRuns {
    private final Notifications notifications;

    BackgroundRuns(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The wizard titled {@code title} closed with {@code state}; a run not yet done is followed to its end. */
    void closed(String title, WizardState state) {
        RunTask run = state.runProperty().get();
        // not isRunning(): a run handed to the pool a moment ago is still READY, and it goes on all the same
        if (run == null || run.isDone() || notifications == null) {
            return;
        }
        notifications.show(Notice.of(Notice.Kind.INFO, I18n.format("wizard.frame.continuesInActivity", title)));
        run.stateProperty().addListener((obs, old, now) -> ended(title, run, now));
    }

    private void ended(String title, RunTask run, Worker.State now) {
        if (now == Worker.State.SUCCEEDED) {
            RunOutcome outcome = run.getValue();
            notifications.show(Notice.of(outcome.ok() ? Notice.Kind.SUCCESS : Notice.Kind.WARNING,
                    I18n.format(outcome.ok() ? "wizard.background.done" : "wizard.background.stopped", title, outcome.words())));
        } else if (now == Worker.State.FAILED) {
            String why = run.getException() == null ? "" : String.valueOf(run.getException().getMessage());
            notifications.show(Notice.of(Notice.Kind.DANGER, I18n.format("wizard.background.failed", title, why)));
        }
    }
}
