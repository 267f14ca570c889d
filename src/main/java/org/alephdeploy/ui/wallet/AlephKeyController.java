package org.alephdeploy.ui.wallet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.alephdeploy.service.wallet.AlephKeyPreview;
import org.alephdeploy.ui.fx.I18n;

/** Code-behind of {@code AlephKeyPage.fxml}. */
public final class AlephKeyController {
    private final AlephKeyViewModel vm;

    @FXML
    private ListView<AlephKeyPreview.Found> alephKeyList;
    @FXML
    private TextField alephNameField;
    @FXML
    private Label alephNameError;
    @FXML
    private PasswordField alephPasswordField;
    @FXML
    private PasswordField alephRepeatField;
    @FXML
    private Label alephStrengthLabel;
    @FXML
    private Label alephPasswordError;
    @FXML
    private Label alephRepeatError;
    @FXML
    private Label alephError;
    @FXML
    private Button importAlephButton;

    public AlephKeyController(WalletDialogViewModel dialog) {
        this.vm = dialog.alephKey();
    }

    @FXML
    private void initialize() {
        alephKeyList.setItems(vm.found());
        alephKeyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AlephKeyPreview.Found item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : I18n.format("wallet.alephKey.row", item.address(), item.file()));
            }
        });
        alephKeyList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.chosenProperty().set(now);
            }
        });
        vm.chosenProperty().addListener((obs, old, now) -> alephKeyList.getSelectionModel().select(now));
        Fields.newAccount(vm.form(), alephNameField, alephNameError, alephPasswordField, alephRepeatField,
                alephStrengthLabel, alephPasswordError, alephRepeatError);
        Fields.message(alephError, vm.errorProperty());
        importAlephButton.disableProperty().bind(vm.validBinding().not());
        importAlephButton.setOnAction(e -> {
            char[] password = Fields.take(alephPasswordField);
            alephRepeatField.clear();
            vm.importKey(password);
        });
    }
}
