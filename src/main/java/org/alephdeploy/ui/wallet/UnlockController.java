package org.alephdeploy.ui.wallet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.alephdeploy.wallet.Account;

/** Code-behind of {@code UnlockPage.fxml}. */
public final class UnlockController {
    private final UnlockViewModel vm;

    @FXML
    private Label unlockEmptyLabel;
    @FXML
    private ComboBox<Account> unlockAccountCombo;
    @FXML
    private PasswordField unlockPasswordField;
    @FXML
    private Label unlockPasswordError;
    @FXML
    private Label unlockError;
    @FXML
    private Button unlockButton;

    public UnlockController(WalletDialogViewModel dialog) {
        this.vm = dialog.unlock();
    }

    @FXML
    private void initialize() {
        unlockAccountCombo.setItems(vm.keyAccounts());
        unlockAccountCombo.setCellFactory(list -> new AccountCell());
        unlockAccountCombo.setButtonCell(new AccountCell());
        unlockAccountCombo.valueProperty().bindBidirectional(vm.accountProperty());
        unlockEmptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.keyAccounts()));
        unlockEmptyLabel.managedProperty().bind(unlockEmptyLabel.visibleProperty());
        unlockPasswordField.textProperty().addListener((obs, old, now) -> vm.passwordTypedProperty().set(!now.isEmpty()));
        Fields.message(unlockPasswordError, vm.passwordErrorProperty());
        Fields.message(unlockError, vm.errorProperty());
        unlockButton.disableProperty().bind(vm.validBinding().not());
        unlockButton.setOnAction(e -> vm.unlock(Fields.take(unlockPasswordField)));
    }
}
