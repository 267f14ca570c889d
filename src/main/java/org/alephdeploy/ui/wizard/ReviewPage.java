package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.service.engine.PlanTask;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;

/**
 * Code-behind of {@code Review.fxml}: plans the intent on a worker (measuring the file first) and
 * shows the plan before anything is signed: the steps in order, what each thing keeps or gets new
 * (hash and URL said plainly), the warnings, the cost and payment type, and what to do after. A
 * refusal shows the planner's reason and a button to start the alternative it offers.
 */
public final class ReviewPage implements WizardPage {
    private final WizardContext context;
    private final LatestOnly plans = new LatestOnly();
    private PlanTask running;

    @FXML
    private HBox busyBox;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Label busyLabel;
    @FXML
    private VBox planBox;
    @FXML
    private Label headlineLabel;
    @FXML
    private VBox stepsBox;
    @FXML
    private VBox effectsBox;
    @FXML
    private VBox warningsBox;
    @FXML
    private VBox packedBox;
    @FXML
    private Label costLabel;
    @FXML
    private VBox followUpsBox;
    @FXML
    private VBox refusalBox;
    @FXML
    private Label refusalHeadline;
    @FXML
    private Label refusalLabel;
    @FXML
    private Button alternativeButton;
    @FXML
    private VBox errorBox;
    @FXML
    private Label errorLabel;

    public ReviewPage(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        show(null);
    }

    @Override
    public String titleKey() {
        return "wizard.review.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> {
            Planned p = context.state().plannedProperty().get();
            return p != null && p.plan() != null;
        }, context.state().plannedProperty());
    }

    @Override
    public void entered() {
        plan();
    }

    private void plan() {
        WizardState state = context.state();
        WizardSpec spec = context.spec();
        if (running != null) {
            running.cancel();
        }
        state.plannedProperty().set(null);
        show(null);
        busy(true, I18n.get("wizard.review.planning"));
        PlanTask task = context.engine().plan(spec.artifact(state), spec.folderUse(), artifact -> spec.intent(state, artifact));
        running = task;
        LatestOnly.Ticket mine = plans.next();
        task.messageProperty().addListener((obs, old, now) -> busyLabel.setText(now));
        task.setOnSucceeded(e -> {
            if (mine.current()) {
                busy(false, "");
                state.plannedProperty().set(task.getValue());
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine.current()) {
                busy(false, "");
                failed(task.getException());
            }
        });
        context.start(task);
    }

    private void busy(boolean on, String words) {
        context.state().busyProperty().set(on);
        busyBox.setVisible(on);
        busyBox.setManaged(on);
        busyLabel.setText(words);
    }

    private void failed(Throwable error) {
        errorBox.setVisible(true);
        errorBox.setManaged(true);
        String why = error.getMessage();
        errorLabel.setText(I18n.format("wizard.review.failed", why == null ? error.getClass().getSimpleName() : why));
    }

    private void show(Planned planned) {
        Plan plan = planned == null ? null : planned.plan();
        Refusal refusal = planned == null ? null : planned.refusal();
        visible(planBox, plan != null);
        visible(refusalBox, refusal != null);
        visible(errorBox, false);
        if (plan != null) {
            headlineLabel.setText(I18n.format("wizard.review.headline", plan.intent().words(), plan.steps().size()));
            stepsBox.getChildren().setAll(plan.steps().stream().map(PlanLines::step).toList());
            effectsBox.getChildren().setAll(plan.effects().stream().map(PlanLines::effect).toList());
            warningsBox.getChildren().setAll(plan.warnings().stream().map(PlanLines::warning).toList());
            visible(warningsBox, !plan.warnings().isEmpty());
            LocalArtifact packed = packedFolder(plan.intent());
            packedBox.getChildren().setAll(packed == null ? List.of() : packedLines(packed));
            visible(packedBox, packed != null);
            costLabel.setText(PlanLines.cost(plan.cost()));
            followUpsBox.getChildren().setAll(plan.followUps().stream().map(PlanLines::followUp).toList());
            visible(followUpsBox, !plan.followUps().isEmpty());
        }
        if (refusal != null) {
            RefusalOffer offer = RefusalOffer.of(refusal, context.state().targetName());
            refusalHeadline.setText(offer.headline());
            refusalLabel.setText(offer.reason());
            refusalBox.getStyleClass().removeAll("wizard-offer", "wizard-refusal");
            refusalBox.getStyleClass().add(offer.styleClass());
            visible(alternativeButton, offer.offers());
            alternativeButton.setText(offer.offers() ? offer.button() : "");
        }
    }

    /** How many left-out paths are listed before "and N more". */
    static final int LEFT_OUT_SHOWN = 30;

    /** The folder the intent uploads as an archive, or null when it uploads a file as it is (or nothing). */
    static LocalArtifact packedFolder(Intent intent) {
        LocalArtifact a = null;
        if (intent instanceof Intent.UpdateCode u) {
            a = u.artifact();
        } else if (intent instanceof Intent.UpdateVolume u) {
            a = u.artifact();
        } else if (intent instanceof Intent.UploadVolume u) {
            a = u.artifact();
        } else if (intent instanceof Intent.Recreate r) {
            a = r.newCode();
        }
        return a != null && a.wasFolder() ? a : null;
    }

    private static List<Node> packedLines(LocalArtifact a) {
        List<Node> lines = new ArrayList<>();
        Label heading = new Label(I18n.get("wizard.review.leftOutHeading"));
        heading.getStyleClass().add("wizard-section");
        lines.add(heading);
        Label publicWarning = new Label(I18n.get("wizard.review.public"));
        publicWarning.setWrapText(true);
        publicWarning.getStyleClass().add("review-public-warning");
        lines.add(publicWarning);
        if (a.leftOut().isEmpty()) {
            lines.add(leftOutLine(I18n.get("wizard.review.leftOutNone")));
        } else {
            lines.add(leftOutLine(I18n.format("wizard.review.leftOut", a.leftOut().size())));
            a.leftOut().stream().limit(LEFT_OUT_SHOWN).forEach(path -> {
                Label l = leftOutLine("  " + path);
                l.getStyleClass().addAll("mono", "review-left-out");
                lines.add(l);
            });
            if (a.leftOut().size() > LEFT_OUT_SHOWN) {
                lines.add(leftOutLine(I18n.format("wizard.review.leftOutMore", a.leftOut().size() - LEFT_OUT_SHOWN)));
            }
        }
        return lines;
    }

    private static Label leftOutLine(String words) {
        Label l = new Label(words);
        l.setWrapText(true);
        return l;
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** The refusal's alternative, started in its own wizard in place of this one. */
    @FXML
    private void onAlternative() {
        Planned planned = context.state().plannedProperty().get();
        if (planned != null && planned.refusal() != null && planned.refusal().alternative() != null) {
            context.close();
            context.host().openFor(planned.refusal().alternative());
        }
    }

    @FXML
    private void onRetry() {
        plan();
    }
}
