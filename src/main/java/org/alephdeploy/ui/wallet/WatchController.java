package org.alephdeploy.ui.wallet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Code-behind of {@code WatchPage.fxml}. */
public final class WatchController {
    private final WatchViewModel vm;

    @FXML
    private TextField watchNameField;
    @FXML
    private Label watchNameError;
    @FXML
    private TextField watchAddressField;
    @FXML
    private Label watchAddressError;
    @FXML
    private Label watchError;
    @FXML
    private Button watchButton;

    public WatchController(WalletDialogViewModel dialog) {
        this.vm = dialog.watch();
    }

    @FXML
    private void initialize() {
        watchNameField.textProperty().bindBidirectional(vm.nameProperty());
        Fields.message(watchNameError, vm.nameErrorBinding());
        watchAddressField.textProperty().bindBidirectional(vm.addressProperty());
        Fields.message(watchAddressError, vm.addressErrorProperty());
        Fields.message(watchError, vm.errorProperty());
        watchButton.disableProperty().bind(vm.validBinding().not());
        watchButton.setOnAction(e -> vm.watch());
    }
}
