package org.alephdeploy.ui.wallet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Code-behind of {@code PrivateKeyPage.fxml}. */
public final class PrivateKeyController {
    private final PrivateKeyViewModel vm;

    @FXML
    private PasswordField privateKeyField;
    @FXML
    private Label privateKeyError;
    @FXML
    private TextField keyNameField;
    @FXML
    private Label keyNameError;
    @FXML
    private PasswordField keyPasswordField;
    @FXML
    private PasswordField keyRepeatField;
    @FXML
    private Label keyStrengthLabel;
    @FXML
    private Label keyPasswordError;
    @FXML
    private Label keyRepeatError;
    @FXML
    private Label keyImportError;
    @FXML
    private Button importKeyButton;

    public PrivateKeyController(WalletDialogViewModel dialog) {
        this.vm = dialog.privateKey();
    }

    @FXML
    private void initialize() {
        privateKeyField.textProperty().addListener((obs, old, now) -> vm.keyChanged(privateKeyField.getCharacters()));
        Fields.message(privateKeyError, vm.keyErrorProperty());
        Fields.newAccount(vm.form(), keyNameField, keyNameError, keyPasswordField, keyRepeatField, keyStrengthLabel,
                keyPasswordError, keyRepeatError);
        Fields.message(keyImportError, vm.errorProperty());
        importKeyButton.disableProperty().bind(vm.validBinding().not());
        importKeyButton.setOnAction(e -> {
            char[] key = Fields.take(privateKeyField);
            char[] password = Fields.take(keyPasswordField);
            keyRepeatField.clear();
            vm.importKey(key, password);
        });
    }
}
