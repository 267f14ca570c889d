package org.alephdeploy.ui.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.service.engine.PlanReview;
import org.alephdeploy.service.engine.LocalProgramCheck;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.fx.I18n;

/**
 * Code-behind of {@code Review.fxml}, bound to a {@link ReviewViewModel}: the summary line, the
 * before/after table, what breaks, the bill and the credit note; the steps and the exact messages
 * to sign in collapsed sections. A refusal shows the planner's reason and the alternative.
 */
public final class ReviewPage implements WizardPage {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("will-not-start");
    private final WizardContext context;
    private final ReviewViewModel model;

    @FXML
    private HBox busyBox;
    @FXML
    private Label busyLabel;
    @FXML
    private VBox planBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private GridPane changesGrid;
    @FXML
    private VBox breaksBox;
    @FXML
    private VBox billBox;
    @FXML
    private Label creditNoteLabel;
    @FXML
    private VBox packedBox;
    @FXML
    private VBox followUpsBox;
    @FXML
    private HBox digestBox;
    @FXML
    private TitledPane stepsPane;
    @FXML
    private Label headlineLabel;
    @FXML
    private VBox stepsBox;
    @FXML
    private VBox effectsBox;
    @FXML
    private Label costLabel;
    @FXML
    private VBox messagesBox;
    @FXML
    private VBox refusalBox;
    @FXML
    private Label refusalHeadline;
    @FXML
    private Label refusalLabel;
    @FXML
    private Button alternativeButton;
    @FXML
    private VBox rehearseBox;
    @FXML
    private Button rehearseButton;
    @FXML
    private Label rehearseHint;
    @FXML
    private TextField rehearseCapField;
    @FXML
    private Label rehearseCapAfter;
    @FXML
    private PasswordField rehearsePassword;
    @FXML
    private HBox rehearsingBox;
    @FXML
    private Label rehearsingLabel;
    @FXML
    private VBox rehearsalBox;
    @FXML
    private Label rehearsalHeading;
    @FXML
    private VBox rehearsalLines;
    @FXML
    private VBox rehearsalProgramBox;
    @FXML
    private VBox rehearsalProgramLines;
    @FXML
    private Label rehearsalAnswer;
    @FXML
    private Button runForRealButton;
    @FXML
    private Label rehearsalErrorLabel;
    @FXML
    private VBox errorBox;
    @FXML
    private Label errorLabel;

    public ReviewPage(WizardContext context) {
        this.context = context;
        this.model = new ReviewViewModel(context.state(), context.spec(), context.engine(), context.tasks());
    }

    @FXML
    private void initialize() {
        visibleWhen(busyBox, model.busyProperty());
        busyLabel.textProperty().bind(model.busyWordsProperty());
        visibleWhen(planBox, model.reviewProperty().isNotNull());
        visibleWhen(refusalBox, model.refusalProperty().isNotNull());
        refusalLabel.textProperty().bind(model.refusalProperty());
        visibleWhen(alternativeButton, model.alternativeProperty().isNotNull());
        alternativeButton.textProperty().bind(model.alternativeProperty());
        model.offerProperty().addListener((obs, old, now) -> {
            refusalBox.getStyleClass().removeAll("wizard-offer", "wizard-refusal");
            if (now != null) {
                refusalHeadline.setText(now.headline());
                refusalBox.getStyleClass().add(now.styleClass());
            }
        });
        visibleWhen(errorBox, model.errorProperty().isNotNull());
        errorLabel.textProperty().bind(model.errorProperty());
        model.reviewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now, context.state().plannedProperty().get());
            }
        });
        bindRehearsal();
    }

    private void bindRehearsal() {
        visibleWhen(rehearseBox, model.rehearsalSourceProperty().isNotNull());
        rehearseHint.textProperty().bind(Bindings.createStringBinding(() -> model.rehearsalSourceProperty().get() == null ? ""
                : I18n.format("wizard.review.rehearseHint", model.rehearsalSourceProperty().get()), model.rehearsalSourceProperty()));
        rehearseCapField.textProperty().bindBidirectional(model.rehearsalCapProperty());
        rehearseCapAfter.textProperty().bind(Bindings.createStringBinding(() -> model.rehearsalSourceProperty().get() == null ? ""
                : I18n.format("wizard.review.rehearseCapAfter", model.rehearsalSourceProperty().get()), model.rehearsalSourceProperty()));
        model.rehearsalCapValidProperty().addListener((obs, old, ok) -> rehearseCapField.pseudoClassStateChanged(INVALID, !ok));
        rehearseCapField.disableProperty().bind(model.rehearsingProperty().isEqualTo(ReviewViewModel.Rehearsing.RUNNING));
        visibleWhen(rehearsePassword, model.rehearsalPasswordNeededProperty());
        rehearseButton.disableProperty().bind(model.rehearsingProperty().isEqualTo(ReviewViewModel.Rehearsing.RUNNING)
                .or(model.rehearsalCapValidProperty().not()));
        visibleWhen(rehearsingBox, model.rehearsingProperty().isEqualTo(ReviewViewModel.Rehearsing.RUNNING));
        rehearsingLabel.textProperty().bind(model.rehearsalWordsProperty());
        visibleWhen(rehearsalBox, model.rehearsalProperty().isNotNull());
        visibleWhen(rehearsalErrorLabel, model.rehearsalErrorProperty().isNotNull());
        rehearsalErrorLabel.textProperty().bind(model.rehearsalErrorProperty());
        model.rehearsalProperty().addListener((obs, old, now) -> {
            if (now != null) {
                rehearsalHeading.setText(now.heading());
                rehearsalLines.getChildren().setAll(now.lines().stream().map(PlanLines::wrapped).toList());
                runForRealButton.setText(I18n.format("wizard.review.runForReal", now.source()));
                rehearsalProgramLines.getChildren().setAll(now.program().stream().map(PlanLines::wrapped).toList());
                rehearsalAnswer.setText(String.join("\n", now.answer()));
                visibleWhen(rehearsalAnswer, !now.answer().isEmpty());
                visibleWhen(rehearsalProgramBox, !now.program().isEmpty());
                rehearsalBox.pseudoClassStateChanged(BROKEN, now.verdict() == LocalProgramCheck.Verdict.WILL_NOT_START);
            }
        });
    }

    /** The page's state, for tests and the screenshot tool. */
    public ReviewViewModel model() {
        return model;
    }

    @Override
    public String titleKey() {
        return "wizard.review.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(model::signable, context.state().plannedProperty(), model.rehearsalModeProperty());
    }

    @Override
    public void entered() {
        model.plan();
    }

    private void show(PlanReview review, Planned planned) {
        Plan plan = planned.plan();
        summaryLabel.setText(review.summary());
        changesGrid.getChildren().clear();
        changesGrid.getColumnConstraints().setAll(PlanLines.changeColumns());
        changesGrid.addRow(0, PlanLines.muted(""), PlanLines.muted(I18n.get("wizard.review.before")),
                PlanLines.muted(I18n.get("wizard.review.after")));
        for (int i = 0; i < review.changes().size(); i++) {
            PlanReview.Change c = review.changes().get(i);
            Label what = PlanLines.wrapped(c.what());
            what.getStyleClass().add("review-change-what");
            what.setMinWidth(Label.USE_PREF_SIZE);
            Label after = PlanLines.wrapped(c.after());
            after.getStyleClass().add("review-change-after");
            if (c.changed()) {
                after.getStyleClass().add("changed");
            }
            changesGrid.addRow(i + 1, what, PlanLines.value(c.before()), c.changed() ? after : PlanLines.value(c.after()));
        }
        breaksBox.getChildren().setAll(breaksBox.getChildren().get(0));
        review.breaks().forEach(b -> breaksBox.getChildren().add(PlanLines.wrapped("⚠ " + b)));
        visibleWhen(breaksBox, !review.breaks().isEmpty());
        billBox.getChildren().setAll(review.bill().stream().map(PlanLines::billLine).toList());
        creditNoteLabel.setText(review.creditNote() == null ? "" : review.creditNote());
        visibleWhen(creditNoteLabel, review.creditNote() != null);
        LocalArtifact packed = PlanLines.packedFolder(plan.intent());
        packedBox.getChildren().setAll(packed == null ? List.of() : PlanLines.packedLines(packed));
        visibleWhen(packedBox, packed != null);
        followUpsBox.getChildren().setAll(plan.followUps().stream().map(PlanLines::followUp).toList());
        visibleWhen(followUpsBox, !plan.followUps().isEmpty());
        digestBox.getChildren().setAll(digestBox.getChildren().get(0), new CopyableHash(planned.digest()));
        headlineLabel.setText(I18n.format("wizard.review.headline", plan.intent().words(), plan.steps().size()));
        stepsBox.getChildren().setAll(plan.steps().stream().map(PlanLines::step).toList());
        effectsBox.getChildren().setAll(plan.effects().stream().map(PlanLines::effect).toList());
        costLabel.setText(PlanLines.cost(plan.cost()));
        stepsPane.setText(I18n.get("wizard.review.steps") + " (" + plan.steps().size() + ")");
        messagesBox.getChildren().setAll(PlanLines.wrapped(I18n.get("wizard.review.messagesNote")));
        review.messages().forEach(m -> messagesBox.getChildren().add(PlanLines.message(m)));
    }

    private static void visibleWhen(Node n, ObservableBooleanValue on) {
        n.visibleProperty().bind(on);
        n.managedProperty().bind(on);
    }

    private static void visibleWhen(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** The refusal's alternative, started in its own wizard in place of this one. */
    @FXML
    private void onAlternative() {
        model.alternativeIntent().ifPresent(intent -> {
            context.close();
            context.host().openFor(intent);
        });
    }

    @FXML
    private void onRehearse() {
        char[] password = rehearsePassword.getText().toCharArray();
        rehearsePassword.clear();
        model.rehearse(password);
    }

    @FXML
    private void onCancelRehearsal() {
        model.cancelRehearsal();
    }

    /** A fresh plan on the real network, reviewed again before the normal Sign. */
    @FXML
    private void onRunForReal() {
        model.runForReal();
    }

    @FXML
    private void onRetry() {
        model.plan();
    }
}
