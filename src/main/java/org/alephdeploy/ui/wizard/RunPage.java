package org.alephdeploy.ui.wizard;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.service.engine.RunProgress;
import org.alephdeploy.service.engine.RunTask;
import org.alephdeploy.ui.fx.I18n;

/**
 * Code-behind of {@code Run.fxml}, bound to a {@link RunViewModel}: runs the reviewed plan (or
 * resumes the operation) on a worker and shows each step, the wait's elapsed time, the upload's
 * rate and time left, and the runner's notes (collapsed). Stop cancels the run, which stays
 * resumable; when it ends the wizard moves to the result ({@link RunReports} tells of failures).
 */
public final class RunPage implements WizardPage {
    private final WizardContext context;
    private final RunViewModel model = new RunViewModel();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick(System.currentTimeMillis())));

    @FXML
    private Label currentLabel;
    @FXML
    private Label elapsedLabel;
    @FXML
    private VBox stepsBox;
    @FXML
    private VBox uploadBox;
    @FXML
    private ProgressBar uploadBar;
    @FXML
    private Label uploadLabel;
    @FXML
    private TitledPane notesPane;
    @FXML
    private ListView<String> notesList;

    public RunPage(WizardContext context) {
        this.context = context;
        clock.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        currentLabel.textProperty().bind(model.currentProperty());
        elapsedLabel.textProperty().bind(model.elapsedProperty());
        uploadLabel.textProperty().bind(model.uploadProperty());
        model.steps().addListener((ListChangeListener<RunViewModel.StepLine>) c -> showSteps());
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
        Planned planned = state.plannedProperty().get();
        Plan plan = planned == null ? null : planned.plan();
        RunTask task = plan != null ? context.engine().apply(planned) : context.engine().resume(state.resumeOperation());
        state.runProperty().set(task);
        if (plan != null) {
            model.steps(plan.steps().stream().map(Step::words).toList(), StepWords.of(planned.inventory()));
        }
        RunProgress progress = task.progress();
        progress.stepIndexProperty().addListener((obs, old, now) -> model.step(now.intValue(), progress.stepCountProperty().get(),
                progress.stepWordsProperty().get(), System.currentTimeMillis()));
        progress.bytesDoneProperty().addListener((obs, old, now) -> model.upload(now.longValue(), progress.bytesTotalProperty().get(),
                progress.bytesPerSecondProperty().get(), progress.secondsLeftProperty().get()));
        uploadBox.visibleProperty().bind(progress.bytesTotalProperty().greaterThan(0));
        uploadBox.managedProperty().bind(uploadBox.visibleProperty());
        uploadBar.progressProperty().bind(progress.uploadFractionProperty());
        notesList.setItems(progress.notes());
        notesPane.textProperty().bind(Bindings.createStringBinding(() -> I18n.format("wizard.run.notesCount",
                progress.notes().size()), progress.notes()));
        RunReports reports = new RunReports(context.dialogs(), context.notifications());
        task.setOnSucceeded(e -> ended(() -> {
            state.outcomeProperty().set(task.getValue());
            model.ended(task.getValue().ok());
            reports.stopped(task.getValue());
        }));
        task.setOnFailed(e -> ended(() -> {
            state.runErrorProperty().set(task.getException());
            reports.failed(task.getException());
        }));
        task.setOnCancelled(e -> ended(() -> state.runErrorProperty().set(new CancellationException(I18n.get("wizard.run.stopped")))));
        clock.play();
        context.start(task);
    }

    private void ended(Runnable record) {
        clock.stop();
        record.run();
        model.ended(false);
        finished.set(true);
        context.host().ranOperation();
        context.advance();
    }

    private void showSteps() {
        stepsBox.getChildren().setAll(model.steps().stream().map(RunPage::stepRow).toList());
    }

    private static HBox stepRow(RunViewModel.StepLine s) {
        Label state = new Label(switch (s.state()) {
            case DONE -> "✓";
            case RUNNING -> "▶";
            case PENDING -> "○";
        });
        state.getStyleClass().add("step-state");
        Label text = new Label((s.index() + 1) + ". " + s.words());
        text.setWrapText(true);
        HBox row = new HBox(8, state, text);
        row.getStyleClass().addAll("wizard-step-row", "step-" + s.state().name().toLowerCase(Locale.ROOT));
        return row;
    }

    /** Stop pressed: the run is cancelled; what was sent stays sent, and the journal can resume it. */
    void stop() {
        RunTask task = context.state().runProperty().get();
        if (task != null && !finished.get()) {
            task.cancel();
        }
    }

    /** The run's view model, for tests and the screenshot tool. */
    public RunViewModel model() {
        return model;
    }
}
