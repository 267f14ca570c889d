package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.service.node.SandboxVm;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.CopyableHash;
import org.alephdeploy.ui.fx.I18n;

/**
 * Code-behind of {@code Result.fxml}, showing a {@link ResultViewModel}: how the run ended, the
 * program's URL (after a re-create "old URL → new URL"), what to do next (open, copy the URL,
 * show in programs, roll back, the plan's follow-ups), the checks made on the node, how to go
 * back when it stopped, and the raw log collapsed.
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
    private HBox actionsBox;
    @FXML
    private VBox checksBox;
    @FXML
    private VBox backBox;
    @FXML
    private VBox followUpsBox;
    @FXML
    private TextArea logArea;

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
        var run = context.state().runProperty().get();
        ResultViewModel r = ResultViewModel.of(context.state(), run == null ? List.of() : run.progress().notes());
        Badge badge = r.status() == null ? new Badge(Badge.Variant.PINNED, I18n.get("wizard.result.stopped")) : switch (r.status()) {
            case DONE -> new Badge(Badge.Variant.SUCCESS, I18n.get("wizard.result.done"));
            case FAILED -> new Badge(Badge.Variant.DANGER, I18n.get("wizard.result.failed"));
            default -> new Badge(Badge.Variant.PINNED, I18n.get("wizard.result.stopped"));
        };
        badge.getStyleClass().add("result-status");
        statusBox.getChildren().setAll(badge);
        wordsLabel.setText(r.words());
        newItemsBox.getChildren().clear();
        if (r.programHash() != null) {
            newItemsBox.getChildren().add(program(r));
        }
        if (r.newStore() != null) {
            Label title = heading("wizard.result.newStore");
            if (r.storeName() != null) {
                title.setText(I18n.format("wizard.result.newStoreOf", r.storeName()));
            }
            newItemsBox.getChildren().add(new VBox(4, title, new CopyableHash(r.newStore())));
        }
        actionsBox.getChildren().setAll(actions(r));
        section(checksBox, "wizard.result.checks", r.checks().stream().map(t -> (Node) PlanLines.wrapped(t)).toList());
        section(backBox, "wizard.result.goBack", r.goBack().stream().map(t -> (Node) PlanLines.wrapped(t)).toList());
        List<Node> next = new ArrayList<>();
        for (int i = 0; i < r.next().size(); i++) {
            next.add(followUp(r.nextWords().get(i), r.next().get(i)));
        }
        section(followUpsBox, "wizard.result.next", next);
        logArea.setText(r.rawLog());
    }

    private Node program(ResultViewModel r) {
        Label title = heading(r.oldUrl() != null ? "wizard.result.newProgram" : "wizard.result.keptProgram");
        VBox box = new VBox(4, title);
        if (r.oldUrl() != null) {
            Label old = PlanLines.wrapped(r.oldUrl() + "  →");
            old.getStyleClass().addAll("mono", "text-muted");
            Label link = PlanLines.wrapped(r.url());
            link.getStyleClass().addAll("mono", "result-url");
            box.getChildren().addAll(old, link, PlanLines.wrapped(I18n.get("wizard.result.urlChanged")));
        }
        if (r.oldUrl() == null) {
            Label link = PlanLines.wrapped(r.url());
            link.getStyleClass().addAll("mono", "result-url");
            box.getChildren().add(link);
        }
        box.getChildren().add(new CopyableHash(r.programHash()));
        context.host().localComputeNode().ifPresent(vm -> box.getChildren().add(localAnswer(vm, r.programHash())));
        return box;
    }

    private List<Node> actions(ResultViewModel r) {
        List<Node> out = new ArrayList<>();
        if (r.programHash() != null) {
            out.add(button("wizard.result.openUrl", () -> context.host().openUrl(r.url())));
            out.add(button("wizard.result.copyUrl", () -> copy(r.url())));
            out.add(button("wizard.result.showInPrograms", () -> {
                context.close();
                context.host().showProgram(r.programHash());
            }));
        }
        if (r.canRollBack() && r.programHash() != null) {
            out.add(button("wizard.result.rollBack", () -> {
                context.close();
                context.host().rollBackCode(r.programHash());
            }));
        }
        return out;
    }

    private static Button button(String key, Runnable action) {
        Button b = new Button(I18n.get(key));
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The program's answer to GET / on the sandbox's compute node, asked off the FX thread. */
    private Node localAnswer(SandboxVm vm, String hash) {
        Label answer = PlanLines.wrapped(I18n.get("wizard.result.localAnswerLoading"));
        answer.setId("localAnswerLabel");
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
        return new VBox(2, heading("wizard.result.localAnswer"), answer);
    }

    private Node followUp(String words, Intent intent) {
        if (intent == null) {
            return PlanLines.wrapped(words);
        }
        Button b = new Button(words);
        b.setWrapText(true);
        b.getStyleClass().add("follow-up");
        b.setOnAction(e -> {
            context.close();
            context.host().openFor(intent);
        });
        return b;
    }

    private static Label heading(String key) {
        Label l = new Label(I18n.get(key));
        l.getStyleClass().add("wizard-section");
        return l;
    }

    private static void section(VBox box, String headingKey, List<Node> lines) {
        box.getChildren().clear();
        if (!lines.isEmpty()) {
            box.getChildren().add(heading(headingKey));
            box.getChildren().addAll(lines);
        }
        box.setVisible(!lines.isEmpty());
        box.setManaged(!lines.isEmpty());
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
