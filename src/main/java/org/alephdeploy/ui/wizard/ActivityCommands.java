package org.alephdeploy.ui.wizard;

import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import javafx.scene.control.TextArea;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.ui.activity.ActivityActions;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;
import org.alephdeploy.ui.fx.Windows;

/** The Activity tab's buttons: resume in a wizard, abandon after asking, show the backups. FX thread only. */
final class ActivityCommands implements ActivityActions {
    private final EngineTasks engine;
    private final WizardOpener opener;
    private final WizardServices services;
    private final Windows windows;
    private final Runnable ranOperation;

    ActivityCommands(EngineTasks engine, WizardOpener opener, WizardServices services, Windows windows, Runnable ranOperation) {
        this.engine = engine;
        this.opener = opener;
        this.services = services;
        this.windows = windows;
        this.ranOperation = ranOperation;
    }

    @Override
    public void resume(ActivityRow operation) {
        opener.open(new ResumeWizard(), new WizardState(null, null, operation.id()));
    }

    @Override
    public void abandon(ActivityRow operation) {
        Dialogs dialogs = services.dialogs();
        if (!dialogs.confirm(I18n.get("activity.abandon.title"), I18n.format("activity.abandon.text", operation.intent()),
                I18n.get("activity.abandon.confirm"))) {
            return;
        }
        Task<RunOutcome> task = engine.abandon(operation.id());
        task.setOnSucceeded(e -> {
            notifications().show(Notice.of(Notice.Kind.INFO, I18n.format("activity.abandon.done", task.getValue().words())));
            ranOperation.run();
        });
        task.setOnFailed(e -> notifications().show(Notice.of(Notice.Kind.WARNING, task.getException().getMessage())));
        executor().execute(task);
    }

    @Override
    public void openBackup(ActivityRow operation) {
        Task<String> read = engine.backups(operation.id());
        read.setOnSucceeded(e -> {
            if (read.getValue().isEmpty()) {
                notifications().show(Notice.of(Notice.Kind.INFO, I18n.get("activity.backup.none")));
                return;
            }
            TextArea text = new TextArea(read.getValue());
            text.setEditable(false);
            text.setWrapText(true);
            text.getStyleClass().add("mono");
            text.setPrefSize(720, 420);
            windows.openDialog(I18n.format("activity.backup.title", operation.intent()), text);
        });
        read.setOnFailed(e -> notifications().show(Notice.of(Notice.Kind.WARNING,
                I18n.format("activity.backup.failed", read.getException().getMessage()))));
        executor().execute(read);
    }

    private Notifications notifications() {
        return services.notifications();
    }

    private Executor executor() {
        return services.executor();
    }
}
