package org.alephdeploy.ui.wallet;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.fx.FileDropTarget;
import org.alephdeploy.ui.fx.I18n;

/** Code-behind of {@code KeystorePage.fxml}; a keystore can also be dropped anywhere on the dialog. */
public final class KeystoreController {
    private final KeystoreViewModel vm;

    @FXML
    private VBox keystoreDropZone;
    @FXML
    private Button browseButton;
    @FXML
    private Label keystoreFileLabel;
    @FXML
    private Label keystoreFileError;
    @FXML
    private TextField keystoreNameField;
    @FXML
    private Label keystoreNameError;
    @FXML
    private PasswordField keystorePasswordField;
    @FXML
    private Label keystorePasswordError;
    @FXML
    private Label keystoreError;
    @FXML
    private Button importKeystoreButton;

    public KeystoreController(WalletDialogViewModel dialog) {
        this.vm = dialog.keystore();
    }

    @FXML
    private void initialize() {
        FileDropTarget.install(keystoreDropZone, vm::dropped);
        browseButton.setOnAction(e -> vm.browse());
        Fields.message(keystoreFileLabel, Bindings.createStringBinding(() -> vm.fileProperty().get() == null ? ""
                : vm.fileAddressProperty().get().isEmpty() ? vm.fileProperty().get().toString()
                : I18n.format("wallet.keystore.fileWithAddress", vm.fileProperty().get(), vm.fileAddressProperty().get()),
                vm.fileProperty(), vm.fileAddressProperty()));
        Fields.message(keystoreFileError, vm.fileErrorProperty());
        keystoreNameField.textProperty().bindBidirectional(vm.nameProperty());
        Fields.message(keystoreNameError, vm.nameErrorBinding());
        keystorePasswordField.textProperty().addListener((obs, old, now) -> vm.passwordTypedProperty().set(!now.isEmpty()));
        Fields.message(keystorePasswordError, vm.passwordErrorProperty());
        Fields.message(keystoreError, vm.errorProperty());
        importKeystoreButton.disableProperty().bind(vm.validBinding().not());
        importKeystoreButton.setOnAction(e -> vm.importKeystore(Fields.take(keystorePasswordField)));
    }
}
