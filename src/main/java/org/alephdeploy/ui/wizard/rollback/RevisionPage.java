package org.alephdeploy.ui.wizard.rollback;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.alephdeploy.ui.wizard.ContextTasks;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;
import org.alephdeploy.ui.wizard.WizardState;

/** Code-behind of {@code Revision.fxml}: binds the revision list to {@link RevisionViewModel}. */
public final class RevisionPage implements WizardPage {
    private final RevisionViewModel model;

    @FXML
    private Label hintLabel;
    @FXML
    private ListView<RevisionTimeline.Revision> revisionsList;
    @FXML
    private Label placeholderLabel;
    @FXML
    private Label errorLabel;

    public RevisionPage(WizardContext context) {
        WizardState state = context.state();
        ContextTasks tasks = new ContextTasks(context);
        String anchor = state.volume() != null ? state.volume().rootHash() : state.program().itemHash();
        boolean watchOnly = context.engine().account().watchOnly();
        this.model = new RevisionViewModel(state.inputs(RollBackInputs.class), state.targetName(), tasks,
                () -> RevisionTimeline.of(tasks.inventory(), anchor, watchOnly));
    }

    /** The page's view model (for tests and the screenshot tool). */
    public RevisionViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        hintLabel.setText(model.hint());
        revisionsList.setItems(model.revisions());
        revisionsList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionTimeline.Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : RevisionViewModel.words(r));
                getStyleClass().remove("text-muted");
                if (r != null && !r.rollBackable()) {
                    getStyleClass().add("text-muted");
                }
            }
        });
        model.chosenProperty().addListener((obs, old, now) -> {
            if (revisionsList.getSelectionModel().getSelectedItem() != now) {
                revisionsList.getSelectionModel().select(now);
            }
        });
        revisionsList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.chosenProperty().set(now));
        placeholderLabel.visibleProperty().bind(model.loadingProperty());
        errorLabel.textProperty().bind(model.errorProperty());
    }

    @Override
    public String titleKey() {
        return "wizard.rollBack.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return model.validProperty();
    }
}
