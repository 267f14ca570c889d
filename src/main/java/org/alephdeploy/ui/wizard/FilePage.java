package org.alephdeploy.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;

/** Code-behind of {@code ChooseFile.fxml}: binds the drop area, the path field and the name to {@link FileChoiceViewModel}. */
public final class FilePage implements WizardPage {
    private final WizardContext context;
    private final FileChoiceViewModel model;

    @FXML
    private Label hintLabel;
    @FXML
    private VBox dropArea;
    @FXML
    private TextField pathField;
    @FXML
    private Label probeLabel;
    @FXML
    private VBox nameBox;
    @FXML
    private TextField nameField;

    public FilePage(WizardContext context) {
        this.context = context;
        this.model = new FileChoiceViewModel(context.state().inputs(ChosenFile.class),
                I18n.format(context.spec().fileHintKey(), context.state().targetName()), new ContextTasks(context));
    }

    /** The page's view model (for tests and the screenshot tool). */
    public FileChoiceViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        hintLabel.setText(model.hint());
        nameBox.setVisible(model.asksName());
        nameBox.setManaged(model.asksName());
        if (model.asksName()) {
            nameField.textProperty().bindBidirectional(model.nameProperty());
        }
        FileDropTarget.install(dropArea, paths -> model.choose(paths.get(0)));
        pathField.textProperty().bindBidirectional(model.pathTextProperty());
        probeLabel.textProperty().bind(model.probeProperty());
        model.problemProperty().addListener((obs, old, now) -> markProblem(now));
        markProblem(model.problemProperty().get());
    }

    private void markProblem(boolean on) {
        probeLabel.getStyleClass().remove("wizard-error");
        if (on) {
            probeLabel.getStyleClass().add("wizard-error");
        }
    }

    @Override
    public String titleKey() {
        return "wizard.file.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return model.validProperty();
    }

    @FXML
    private void onChooseFile() {
        context.dialogs().chooseFile(I18n.get("wizard.file.chooseFile")).ifPresent(model::choose);
    }

    @FXML
    private void onChooseFolder() {
        context.dialogs().chooseFolder(I18n.get("wizard.file.chooseFolder")).ifPresent(model::choose);
    }
}
