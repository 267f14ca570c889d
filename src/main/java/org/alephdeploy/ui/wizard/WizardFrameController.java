package org.alephdeploy.ui.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.fx.I18n;

/**
 * Code-behind of {@code Wizard.fxml}: the frame around the pages of one wizard, with the step
 * names, Back, Next (bound to the page's validity) and Cancel, which stops a run on the run page
 * and closes on the result page. FX thread only.
 */
public final class WizardFrameController {
    private final WizardContext context;
    private final SignerViewModel signer = new SignerViewModel();
    private List<LazyPage> pages = List.of();
    private WizardSteps steps = new WizardSteps(List.of(), List.of());
    private int index = -1;
    private ObservableBooleanValue rehearsing;

    @FXML
    private Label titleLabel;
    @FXML
    private HBox stepsBox;
    @FXML
    private SignerLine frameSigner;
    @FXML
    private StackPane pageHolder;
    @FXML
    private Button cancelButton;
    @FXML
    private Button backButton;
    @FXML
    private Button backgroundButton;
    @FXML
    private Button nextButton;

    public WizardFrameController(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        frameSigner.bind(signer);
        context.state().plannedProperty().addListener((obs, old, now) -> showSteps());
    }

    void setPages(String title, List<LazyPage> views) {
        titleLabel.setText(title);
        pages = List.copyOf(views);
        steps = WizardSteps.of(pages.stream().map(LazyPage::controller).toList());
        rehearsing = null;
        for (LazyPage page : pages) {
            if (page.controller() instanceof ReviewPage review) {
                RehearsalMode.watch(titleLabel, review.model());
                rehearsing = review.model().rehearsalModeProperty();
                rehearsing.addListener((obs, old, now) -> showSteps());
            }
        }
        show(0);
    }

    /** The wizard's context (state, spec), for tests and the screenshot tool. */
    public WizardContext context() {
        return context;
    }

    /** The page shown now (for tests and the screenshot tool). */
    public WizardPage current() {
        return pages.get(index).controller();
    }

    public int currentIndex() {
        return index;
    }

    public Parent currentRoot() {
        return pages.get(index).root();
    }

    void show(int i) {
        Parent root = pages.get(i).root();
        index = i;
        WizardPage page = pages.get(i).controller();
        pageHolder.getChildren().setAll(root);
        showSteps();
        boolean running = page instanceof RunPage;
        boolean result = page instanceof ResultPage;
        signer.read(context.engine().account());
        shown(frameSigner, !running && !result && !(page instanceof ConfirmPage));
        ObservableBooleanValue valid = page.valid();
        nextButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !valid.get(), valid)
                .or(context.state().busyProperty()));
        shown(nextButton, !running && !result);
        nextButton.textProperty().unbind();
        ObservableStringValue words = page.nextWords();
        if (words != null) {
            nextButton.textProperty().bind(words);
        } else if (page instanceof ReviewPage) {
            nextButton.textProperty().bind(Bindings.createStringBinding(() -> I18n.get(skipsConfirm()
                    ? "wizard.frame.signAndRun" : "wizard.frame.next"), context.state().plannedProperty()));
        } else {
            nextButton.setText(I18n.get("wizard.frame.next"));
        }
        shown(backgroundButton, running);
        shown(backButton, !running && !result);
        backButton.disableProperty().bind(context.state().busyProperty().or(Bindings.createBooleanBinding(() -> index == 0)));
        cancelButton.setText(I18n.get(running ? "wizard.frame.stop" : result ? "wizard.frame.close" : "wizard.frame.cancel"));
        page.entered();
        nextButton.getStyleClass().remove("danger-sign");
        if (page.dangerous() != null && page.dangerous().get()) {
            nextButton.getStyleClass().add("danger-sign");
        }
    }

    private static void shown(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    private boolean skipsConfirm() {
        return ConfirmViewModel.skipsConfirm(context.state(), context.spec(), context.engine().account());
    }

    /** The steps this wizard will pass through, as known now (the confirm page goes once the plan signs from the review). */
    private void showSteps() {
        stepsBox.getChildren().clear();
        steps.visit(index);
        for (WizardSteps.Step step : steps.steps(index, skipsConfirm())) {
            String words = step.number() + ". " + I18n.get(step.titleKey());
            boolean rehearsedHere = rehearsing != null && rehearsing.get() && pages.get(step.page()).controller() instanceof ReviewPage;
            Label label = new Label(rehearsedHere ? RehearsalMode.step(words) : words);
            label.getStyleClass().addAll("wizard-step", step.mark().styleClass());
            stepsBox.getChildren().add(label);
        }
    }

    void next() {
        int to = steps.next(index, skipsConfirm());
        if (to >= 0) {
            show(to);
        }
    }

    @FXML
    private void onNext() {
        int at = index;
        current().leaving(() -> {
            if (index == at) {
                next();
            }
        });
    }

    @FXML
    private void onBack() {
        if (index > 0) {
            show(index - 1);
        }
    }

    /** The run goes on without its window; the Activity tab follows it and a notice tells when it ends. */
    @FXML
    private void onBackground() {
        context.close();
    }

    @FXML
    private void onCancel() {
        if (current() instanceof RunPage run) {
            run.stop();
        } else {
            context.close();
        }
    }
}
