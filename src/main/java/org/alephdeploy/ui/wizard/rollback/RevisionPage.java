package org.alephdeploy.ui.wizard.rollback;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.inventory.InventoryDetails;
import org.alephdeploy.ui.model.ShortHash;
import org.alephdeploy.ui.model.TimeLabels;
import org.alephdeploy.ui.wizard.WizardContext;
import org.alephdeploy.ui.wizard.WizardPage;
import org.alephdeploy.ui.wizard.WizardState;

/**
 * Code-behind of {@code Revision.fxml}: the revision timeline of the volume (or of the program's
 * code), read from the inventory on a worker; only revisions whose file is still on the node can
 * be chosen.
 */
public final class RevisionPage implements WizardPage {
    private final WizardContext context;

    @FXML
    private Label hintLabel;
    @FXML
    private ListView<ItemDetails.ChainEntry> revisionsList;
    @FXML
    private Label errorLabel;

    public RevisionPage(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        WizardState state = context.state();
        hintLabel.setText(I18n.format("wizard.rollBack.hint", state.targetName()));
        revisionsList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ItemDetails.ChainEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : ShortHash.of(e.itemHash()) + "  " + TimeLabels.shortTime(e.time()) + "  " + e.note()
                        + (e.current() ? "  " + I18n.get("wizard.rollBack.current") : ""));
                setDisable(e != null && !e.rollBackable());
            }
        });
        revisionsList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                state.revisionProperty().set(now != null && now.rollBackable() ? now.itemHash() : null));
        loadTimeline();
    }

    private void loadTimeline() {
        WizardState state = context.state();
        String anchor = state.volume() != null ? state.volume().rootHash() : state.program().itemHash();
        Task<Inventory> task = context.engine().inventory(false);
        task.setOnSucceeded(e -> {
            ItemDetails d = new InventoryDetails(task.getValue(), context.engine().account().watchOnly()).of(anchor).orElse(null);
            if (d == null || d.revisionsRoot() == null) {
                errorLabel.setText(I18n.get("wizard.rollBack.none"));
                return;
            }
            state.rootProperty().set(d.revisionsRoot());
            revisionsList.getItems().setAll(d.revisions());
            String wanted = state.revisionProperty().get();
            d.revisions().stream().filter(r -> r.itemHash().equals(wanted) && r.rollBackable()).findFirst()
                    .ifPresent(r -> revisionsList.getSelectionModel().select(r));
        });
        task.setOnFailed(e -> errorLabel.setText(I18n.format("wizard.rollBack.failed", task.getException().getMessage())));
        context.start(task);
    }

    @Override
    public String titleKey() {
        return "wizard.rollBack.page";
    }

    @Override
    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> context.state().revisionProperty().get() != null
                && context.state().rootProperty().get() != null, context.state().revisionProperty(), context.state().rootProperty());
    }
}
