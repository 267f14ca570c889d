package org.alephdeploy.ui.wizard;

import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.service.node.NodeFailures;
import org.alephdeploy.ui.fx.Dialogs;
import org.alephdeploy.ui.fx.ErrorReport;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.fx.Notifications;

/** How a run that did not end well is told: a rejected message in the error window with the node's code, a lost node as a notice. */
final class RunReports {
    private final Dialogs dialogs;
    private final Notifications notifications;

    RunReports(Dialogs dialogs, Notifications notifications) {
        this.dialogs = dialogs;
        this.notifications = notifications;
    }

    void stopped(RunOutcome outcome) {
        if (outcome.ok()) {
            return;
        }
        if (outcome.unreachable()) {
            notifications.show(Notice.of(Notice.Kind.WARNING, I18n.format("wizard.run.unreachable", outcome.words())));
        } else if (outcome.errorCode() != null) {
            dialogs.error(new ErrorReport(outcome.words(), "NODE-" + outcome.errorCode(),
                    String.join("\n", outcome.done()) + "\n" + String.join("\n", outcome.remaining())));
        }
    }

    void failed(Throwable error) {
        if (NodeFailures.unreachable(error)) {
            notifications.show(Notice.of(Notice.Kind.WARNING, I18n.format("wizard.run.unreachable", error.getMessage())));
            return;
        }
        String code = NodeFailures.errorCode(error).map(c -> "NODE-" + c).orElseGet(() -> ErrorReport.codeOf(error));
        String sentence = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialogs.error(new ErrorReport(sentence, code, ErrorReport.describe(error)));
    }
}
