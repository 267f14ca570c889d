package org.alephdeploy.ui.wizard;

import javafx.concurrent.Worker;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.platform.DesktopNotifier;
import org.alephdeploy.service.engine.RunTask;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;

/**
 * A run whose wizard closed before it ended goes on in the background: says so, then tells
 * when it ends or fails, in the window's notification area and, when a desktop notifier is
 * given, on the desktop too (the program's name and the outcome, one sentence). FX thread only.
 */
final class BackgroundRuns {
    private final Notifications notifications;
    private final DesktopNotifier desktop;

    BackgroundRuns(Notifications notifications, DesktopNotifier desktop) {
        this.notifications = notifications;
        this.desktop = desktop;
    }

    /** The wizard titled {@code title} closed with {@code state}; a run not yet done is followed to its end. */
    void closed(String title, WizardState state) {
        RunTask run = state.runProperty().get();
        // not isRunning(): a run handed to the pool a moment ago is still READY, and it goes on all the same
        if (run == null || run.isDone() || notifications == null) {
            return;
        }
        notifications.show(Notice.of(Notice.Kind.INFO, I18n.format("wizard.frame.continuesInActivity", title)));
        String name = state.targetName() == null ? title : state.targetName();
        run.stateProperty().addListener((obs, old, now) -> ended(title, name, run, now));
    }

    private void ended(String title, String name, RunTask run, Worker.State now) {
        if (now == Worker.State.SUCCEEDED) {
            RunOutcome outcome = run.getValue();
            notifications.show(Notice.of(outcome.ok() ? Notice.Kind.SUCCESS : Notice.Kind.WARNING,
                    I18n.format(outcome.ok() ? "wizard.background.done" : "wizard.background.stopped", title, outcome.words())));
            desktop(I18n.format(outcome.ok() ? "wizard.background.desktopDone" : "wizard.background.desktopStopped", name),
                    I18n.format(outcome.ok() ? "wizard.background.desktopDoneBody" : "wizard.background.desktopStoppedBody", title),
                    outcome.ok() ? DesktopNotifier.Urgency.NORMAL : DesktopNotifier.Urgency.CRITICAL);
        } else if (now == Worker.State.FAILED) {
            String why = run.getException() == null ? "" : String.valueOf(run.getException().getMessage());
            notifications.show(Notice.of(Notice.Kind.DANGER, I18n.format("wizard.background.failed", title, why)));
            desktop(I18n.format("wizard.background.desktopFailed", name), I18n.format("wizard.background.desktopFailedBody", title),
                    DesktopNotifier.Urgency.CRITICAL);
        }
    }

    private void desktop(String heading, String body, DesktopNotifier.Urgency urgency) {
        if (desktop != null) {
            desktop.notify(heading, body, urgency);
        }
    }
}
