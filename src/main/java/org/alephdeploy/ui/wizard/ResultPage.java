package org.alephdeploy.ui.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.inventory.ProgramView;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.outcome.VerificationCheck;
import org.alephdeploy.deploy.plan.FollowUp;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.service.node.SandboxVm;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.fx.I18n;
import java.util.ArrayList;

/**
 * Code-behind of {@code Result.fxml}: how the run ended, what changed, the new program's hash and
 * URL (copy, open) or the new STORE's hash, the checks made on the node, how to go back when it
 * stopped, and the follow-ups the plan offers as buttons that start their own wizards.
 */
public final class ResultPage implements WizardPage {
    private final WizardContext context;

    @FXML
    private HBox statusBox;
    @FXML
    private Label wordsLabel;
    @FXML
    private VBox newItemsBox;
    @FXML
    private VBox doneBox;
    @FXML
    private VBox checksBox;
    @FXML
    private VBox backBox;
    @FXML
    private VBox followUpsBox;

    public ResultPage(WizardContext context) {
        this.context = context;
    }

    /** How the run ended, or null when it was stopped before it could tell. */
    public RunOutcome outcome() {
        return context.state().outcomeProperty().get();
    }

    @Override
    public String titleKey() {
        return "wizard.result.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> true);
    }

    @Override
    public void entered() {
        WizardState state = context.state();
        RunOutcome outcome = state.outcomeProperty().get();
        Plan plan = state.plannedProperty().get() == null ? null : state.plannedProperty().get().plan();
        if (outcome == null) {
            Throwable error = state.runErrorProperty().get();
            statusBox.getChildren().setAll(new Badge(Badge.Variant.PINNED, I18n.get("wizard.result.stopped")));
            wordsLabel.setText(error == null || error.getMessage() == null ? "" : error.getMessage());
            clear(newItemsBox, doneBox, checksBox, backBox, followUpsBox);
            return;
        }
        Badge badge = switch (outcome.status()) {
            case DONE -> new Badge(Badge.Variant.SUCCESS, I18n.get("wizard.result.done"));
            case FAILED -> new Badge(Badge.Variant.DANGER, I18n.get("wizard.result.failed"));
            default -> new Badge(Badge.Variant.PINNED, I18n.get("wizard.result.stopped"));
        };
        badge.getStyleClass().add("result-status");
        statusBox.getChildren().setAll(badge);
        wordsLabel.setText(outcome.words());
        newItemsBox.getChildren().setAll(plan == null ? List.of() : newItems(plan, outcome));
        section(doneBox, "wizard.result.changed", outcome.done().stream().map(t -> (Node) line(t)).toList());
        section(checksBox, "wizard.result.checks", outcome.checks().stream().map(ResultPage::check).toList());
        section(backBox, "wizard.result.goBack", outcome.ok() ? List.of()
                : outcome.howToGoBack().stream().map(t -> (Node) line(t)).toList());
        List<Node> followUps = plan == null || !outcome.ok() ? List.of()
                : plan.followUps().stream().map(this::followUp).toList();
        section(followUpsBox, "wizard.result.next", followUps);
    }

    private List<Node> newItems(Plan plan, RunOutcome outcome) {
        ArrayList<Node> programs = new ArrayList<>();
        ArrayList<Node> stores = new ArrayList<>();
        for (Step s : plan.steps()) {
            String hash = outcome.results().get(s.index());
            if (hash == null) {
                continue;
            }
            if (s instanceof Step.PublishProgram) {
                programs.add(program("wizard.result.newProgram", hash));
            } else if (s instanceof Step.PublishStore) {
                Label title = new Label(I18n.get("wizard.result.newStore"));
                title.getStyleClass().add("wizard-section");
                stores.add(new VBox(4, title, new CopyableHash(hash)));
            }
        }
        WizardState state = context.state();
        if (programs.isEmpty() && outcome.ok() && state.program() != null) {
            programs.add(program("wizard.result.keptProgram", state.program().itemHash()));
        }
        programs.addAll(stores);
        return programs;
    }

    private Node program(String headingKey, String hash) {
        String url = ProgramView.urlOf(hash);
        Label title = new Label(I18n.get(headingKey));
        title.getStyleClass().add("wizard-section");
        Label link = new Label(url);
        link.setWrapText(true);
        link.getStyleClass().addAll("mono", "result-url");
        Button copy = new Button(I18n.get("wizard.result.copyUrl"));
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> copy(url));
        Button open = new Button(I18n.get("wizard.result.openUrl"));
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.setOnAction(e -> context.host().openUrl(url));
        HBox buttons = new HBox(8, new CopyableHash(hash), copy, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, title, link, buttons);
        context.host().localComputeNode().ifPresent(vm -> box.getChildren().add(localAnswer(vm, hash)));
        return box;
    }

    /** The program's answer to GET / on the sandbox's compute node, asked off the FX thread. */
    private Node localAnswer(SandboxVm vm, String hash) {
        Label heading = new Label(I18n.get("wizard.result.localAnswer"));
        heading.getStyleClass().add("wizard-section");
        Label answer = new Label(I18n.get("wizard.result.localAnswerLoading"));
        answer.setId("localAnswerLabel");
        answer.setWrapText(true);
        answer.getStyleClass().add("mono");
        Task<SandboxVm.Answer> ask = new Task<>() {
            @Override
            protected SandboxVm.Answer call() throws Exception {
                return vm.answer(hash);
            }
        };
        ask.setOnSucceeded(e -> answer.setText(I18n.format("wizard.result.localAnswerIs", ask.getValue().status(),
                ask.getValue().head())));
        ask.setOnFailed(e -> answer.setText(I18n.format("wizard.result.localAnswerFailed",
                String.valueOf(ask.getException().getMessage()))));
        context.start(ask);
        return new VBox(2, heading, answer);
    }

    private Node followUp(FollowUp f) {
        if (f.intent() == null) {
            return line(f.words());
        }
        Button b = new Button(f.words());
        b.setWrapText(true);
        b.getStyleClass().add("follow-up");
        b.setOnAction(e -> {
            context.close();
            context.host().openFor(f.intent());
        });
        return b;
    }

    private static Node check(VerificationCheck c) {
        Label l = line((c.ok() ? "✓ " : "✗ ") + c.words());
        l.getStyleClass().add(c.ok() ? "wizard-line-kept" : "wizard-error");
        return l;
    }

    private static void section(VBox box, String headingKey, List<Node> lines) {
        box.getChildren().clear();
        if (!lines.isEmpty()) {
            Label heading = new Label(I18n.get(headingKey));
            heading.getStyleClass().add("wizard-section");
            box.getChildren().add(heading);
            box.getChildren().addAll(lines);
        }
        box.setVisible(!lines.isEmpty());
        box.setManaged(!lines.isEmpty());
    }

    private static void clear(VBox... boxes) {
        for (VBox b : boxes) {
            b.getChildren().clear();
        }
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
