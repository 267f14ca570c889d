package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.service.engine.RunProgress;
import org.alephdeploy.service.engine.RunTask;
import org.alephdeploy.service.node.NodeFailures;
import org.alephdeploy.ui.fx.ErrorReport;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.Notice;
import org.alephdeploy.ui.model.Sizes;

/**
 * Code-behind of {@code Run.fxml}: runs the plan (or resumes the operation) on a worker and shows
 * each step's state, the upload's bytes, rate and time left, and the runner's notes. Stop cancels
 * the run (the journal keeps it resumable). When it ends the wizard moves to the result; failures
 * the user must act on open the error window, a lost node a notification.
 */
public final class RunPage implements WizardPage {
    private final WizardContext context;
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final List<HBox> stepRows = new ArrayList<>();

    @FXML
    private Label currentLabel;
    @FXML
    private VBox stepsBox;
    @FXML
    private VBox uploadBox;
    @FXML
    private ProgressBar uploadBar;
    @FXML
    private Label uploadLabel;
    @FXML
    private ListView<String> notesList;

    public RunPage(WizardContext context) {
        this.context = context;
    }

    @Override
    public String titleKey() {
        return "wizard.run.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return finished.getReadOnlyProperty();
    }

    @Override
    public void entered() {
        WizardState state = context.state();
        if (state.runProperty().get() != null) {
            return;
        }
        Plan plan = state.plannedProperty().get() == null ? null : state.plannedProperty().get().plan();
        RunTask task = plan != null ? context.engine().apply(plan) : context.engine().resume(state.resumeOperation());
        state.runProperty().set(task);
        if (plan != null) {
            for (Step s : plan.steps()) {
                stepRows.add(stepRow(s.index(), s.words()));
            }
            stepsBox.getChildren().setAll(stepRows);
        }
        RunProgress progress = task.progress();
        currentLabel.textProperty().bind(Bindings.createStringBinding(() -> progress.stepIndexProperty().get() < 0
                ? I18n.get("wizard.run.starting")
                : progress.stepIndexProperty().get() >= progress.stepCountProperty().get()
                ? I18n.format("wizard.run.verifying", progress.stepWordsProperty().get())
                : I18n.format("wizard.run.current", progress.stepIndexProperty().get() + 1, progress.stepCountProperty().get(),
                        progress.stepWordsProperty().get()), progress.stepIndexProperty(), progress.stepWordsProperty()));
        progress.stepIndexProperty().addListener((obs, old, now) -> mark(now.intValue()));
        uploadBox.visibleProperty().bind(progress.bytesTotalProperty().greaterThan(0));
        uploadBox.managedProperty().bind(uploadBox.visibleProperty());
        uploadBar.progressProperty().bind(progress.uploadFractionProperty());
        uploadLabel.textProperty().bind(Bindings.createStringBinding(() -> upload(progress), progress.bytesDoneProperty(),
                progress.secondsLeftProperty()));
        notesList.setItems(progress.notes());
        task.setOnSucceeded(e -> ended(() -> {
            state.outcomeProperty().set(task.getValue());
            if (task.getValue().ok()) {
                mark(stepRows.size());
            }
            reportStop(task.getValue());
        }));
        task.setOnFailed(e -> ended(() -> {
            state.runErrorProperty().set(task.getException());
            report(task.getException());
        }));
        task.setOnCancelled(e -> ended(() -> state.runErrorProperty().set(new CancellationException(I18n.get("wizard.run.stopped")))));
        context.start(task);
    }

    private void ended(Runnable record) {
        record.run();
        finished.set(true);
        context.host().ranOperation();
        context.advance();
    }

    static String upload(RunProgress p) {
        String left = p.secondsLeftProperty().get() < 0 ? I18n.get("wizard.run.unknownLeft")
                : I18n.format("wizard.run.secondsLeft", p.secondsLeftProperty().get());
        return I18n.format("wizard.run.upload", Sizes.bytes(p.bytesDoneProperty().get()), Sizes.bytes(p.bytesTotalProperty().get()),
                Sizes.bytes((long) p.bytesPerSecondProperty().get()), left);
    }

    private HBox stepRow(int index, String words) {
        Label state = new Label("○");
        state.getStyleClass().add("step-state");
        Label text = new Label((index + 1) + ". " + words);
        text.setWrapText(true);
        HBox row = new HBox(8, state, text);
        row.getStyleClass().addAll("wizard-step-row", "step-pending");
        return row;
    }

    private void mark(int running) {
        for (int i = 0; i < stepRows.size(); i++) {
            HBox row = stepRows.get(i);
            row.getStyleClass().removeAll("step-pending", "step-running", "step-done");
            String style = i < running ? "step-done" : i == running ? "step-running" : "step-pending";
            row.getStyleClass().add(style);
            ((Label) row.getChildren().get(0)).setText(i < running ? "✓" : i == running ? "▶" : "○");
        }
    }

    /** A rejected message goes to the error window with the node's code; a lost node to a notification. */
    private void reportStop(RunOutcome outcome) {
        if (outcome.ok()) {
            return;
        }
        if (outcome.unreachable()) {
            context.notifications().show(Notice.of(Notice.Kind.WARNING, I18n.format("wizard.run.unreachable", outcome.words())));
        } else if (outcome.errorCode() != null) {
            context.dialogs().error(new ErrorReport(outcome.words(), "NODE-" + outcome.errorCode(),
                    String.join("\n", outcome.done()) + "\n" + String.join("\n", outcome.remaining())));
        }
    }

    private void report(Throwable error) {
        if (NodeFailures.unreachable(error)) {
            context.notifications().show(Notice.of(Notice.Kind.WARNING, I18n.format("wizard.run.unreachable", error.getMessage())));
            return;
        }
        String code = NodeFailures.errorCode(error).map(c -> "NODE-" + c).orElseGet(() -> ErrorReport.codeOf(error));
        String sentence = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        context.dialogs().error(new ErrorReport(sentence, code, ErrorReport.describe(error)));
    }

    /** Stop pressed: the run is cancelled; what was sent stays sent, and the journal can resume it. */
    void stop() {
        RunTask task = context.state().runProperty().get();
        if (task != null && !finished.get()) {
            task.cancel();
        }
    }
}
