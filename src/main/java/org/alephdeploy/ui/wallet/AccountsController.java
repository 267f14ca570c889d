package org.alephdeploy.ui.wallet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.alephdeploy.wallet.Account;

/** Code-behind of {@code AccountsPage.fxml}. */
public final class AccountsController {
    private final WalletDialogViewModel dialog;
    private final AccountsViewModel vm;

    @FXML
    private ListView<Account> accountsList;
    @FXML
    private Label accountsMessage;
    @FXML
    private Label accountsError;
    @FXML
    private Button useButton;
    @FXML
    private Button renameButton;
    @FXML
    private Button removeButton;
    @FXML
    private Button exportButton;

    public AccountsController(WalletDialogViewModel dialog) {
        this.dialog = dialog;
        this.vm = dialog.manage();
    }

    @FXML
    private void initialize() {
        accountsList.setItems(dialog.accounts());
        accountsList.setCellFactory(list -> new AccountCell());
        accountsList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.chosenProperty().set(now));
        vm.chosenProperty().addListener((obs, old, now) -> {
            if (now == null) {
                accountsList.getSelectionModel().clearSelection();
            }
        });
        Fields.message(accountsMessage, vm.messageProperty());
        Fields.message(accountsError, vm.errorProperty());
        var none = vm.chosenProperty().isNull().or(dialog.busyProperty());
        useButton.disableProperty().bind(none);
        renameButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        exportButton.disableProperty().bind(none.or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.chosenProperty().get() != null && vm.chosenProperty().get().watchOnly(), vm.chosenProperty())));
        useButton.setOnAction(e -> vm.use());
        renameButton.setOnAction(e -> vm.rename());
        removeButton.setOnAction(e -> vm.remove());
        exportButton.setOnAction(e -> vm.export());
    }
}
