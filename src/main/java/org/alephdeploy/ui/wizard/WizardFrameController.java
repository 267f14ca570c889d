package org.alephdeploy.ui.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.ViewId;
import org.alephdeploy.ui.fx.ViewLoader;

/**
 * Code-behind of {@code Wizard.fxml}: the frame around the pages of one wizard, with the step
 * names, Back, Next (bound to the page's validity) and Cancel, which stops a run on the run page
 * and closes on the result page. FX thread only.
 */
public final class WizardFrameController {
    private final WizardContext context;
    private List<Page> pages = List.of();
    private int index = -1;

    @FXML
    private Label titleLabel;
    @FXML
    private HBox stepsBox;
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

    /**
     * One page of the wizard: its controller from the start (the steps bar needs its title), its
     * view loaded when the page is first shown, so opening a wizard loads one page, not all.
     */
    static final class Page {
        private final ViewLoader loader;
        private final ViewId<?> view;
        private final WizardPage controller;
        private Parent root;

        Page(ViewLoader loader, ViewId<?> view) {
            this.loader = loader;
            this.view = view;
            this.controller = (WizardPage) loader.controller(view);
        }

        WizardPage controller() {
            return controller;
        }

        Parent root() {
            if (root == null) {
                root = loader.load(view.resource(), controller).root();
            }
            return root;
        }
    }

    void setPages(String title, List<Page> views) {
        titleLabel.setText(title);
        pages = List.copyOf(views);
        stepsBox.getChildren().clear();
        for (int i = 0; i < pages.size(); i++) {
            Label step = new Label((i + 1) + ". " + I18n.get(pages.get(i).controller().titleKey()));
            step.getStyleClass().add("wizard-step");
            stepsBox.getChildren().add(step);
            if (pages.get(i).controller() instanceof ReviewPage review) {
                RehearsalMode.watch(titleLabel, step, review.model());
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
        for (int s = 0; s < stepsBox.getChildren().size(); s++) {
            Label step = (Label) stepsBox.getChildren().get(s);
            step.getStyleClass().removeAll("wizard-step-current", "wizard-step-done");
            if (s == i) {
                step.getStyleClass().add("wizard-step-current");
            } else if (s < i) {
                step.getStyleClass().add("wizard-step-done");
            }
        }
        boolean running = page instanceof RunPage;
        boolean result = page instanceof ResultPage;
        ObservableBooleanValue valid = page.valid();
        nextButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !valid.get(), valid)
                .or(context.state().busyProperty()));
        nextButton.setVisible(!running && !result);
        nextButton.setManaged(!running && !result);
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
        backgroundButton.setVisible(running);
        backgroundButton.setManaged(running);
        backButton.setVisible(!running && !result);
        backButton.setManaged(!running && !result);
        backButton.disableProperty().bind(context.state().busyProperty().or(Bindings.createBooleanBinding(() -> index == 0)));
        cancelButton.setText(I18n.get(running ? "wizard.frame.stop" : result ? "wizard.frame.close" : "wizard.frame.cancel"));
        page.entered();
        nextButton.getStyleClass().remove("danger-sign");
        if (page.dangerous() != null && page.dangerous().get()) {
            nextButton.getStyleClass().add("danger-sign");
        }
    }

    /** A plan that keeps the URL and forgets nothing signs from the review page, unless a password or a typed name is needed. */
    private boolean skipsConfirm() {
        return ConfirmViewModel.signsFromReview(context.state().plannedProperty().get(), context.engine().account().locked())
                && context.spec().typedConfirmation(context.state()) == null;
    }

    void next() {
        int to = index + 1;
        if (current() instanceof ReviewPage && skipsConfirm() && to + 1 < pages.size() && pages.get(to).controller() instanceof ConfirmPage) {
            to++;
        }
        if (to < pages.size()) {
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
