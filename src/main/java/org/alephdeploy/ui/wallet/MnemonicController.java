package org.alephdeploy.ui.wallet;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.alephdeploy.ui.fx.I18n;

/** Code-behind of {@code MnemonicPage.fxml}. */
public final class MnemonicController {
    private final MnemonicViewModel vm;

    @FXML
    private TextArea wordsArea;
    @FXML
    private Label wordsError;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private ListView<MnemonicViewModel.IndexedAddress> indexList;
    @FXML
    private TextField mnemonicNameField;
    @FXML
    private Label mnemonicNameError;
    @FXML
    private PasswordField mnemonicPasswordField;
    @FXML
    private PasswordField mnemonicRepeatField;
    @FXML
    private Label mnemonicStrengthLabel;
    @FXML
    private Label mnemonicPasswordError;
    @FXML
    private Label mnemonicRepeatError;
    @FXML
    private Label mnemonicImportError;
    @FXML
    private Button importMnemonicButton;

    public MnemonicController(WalletDialogViewModel dialog) {
        this.vm = dialog.mnemonic();
    }

    @FXML
    private void initialize() {
        wordsArea.textProperty().bindBidirectional(vm.wordsProperty());
        Fields.message(wordsError, vm.wordsErrorProperty());
        passphraseField.textProperty().addListener((obs, old, now) -> vm.passphraseChanged(passphraseField.getCharacters()));
        indexList.setItems(vm.addresses());
        indexList.setPlaceholder(new Label(I18n.get("wallet.mnemonic.noAddresses")));
        indexList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MnemonicViewModel.IndexedAddress item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : I18n.format("wallet.mnemonic.indexRow", item.index(), item.address()));
                getStyleClass().add("mono");
            }
        });
        vm.addresses().addListener((javafx.collections.ListChangeListener<MnemonicViewModel.IndexedAddress>) c -> selectIndex());
        indexList.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.indexProperty().set(now.intValue());
            }
        });
        Fields.newAccount(vm.form(), mnemonicNameField, mnemonicNameError, mnemonicPasswordField, mnemonicRepeatField,
                mnemonicStrengthLabel, mnemonicPasswordError, mnemonicRepeatError);
        Fields.message(mnemonicImportError, vm.errorProperty());
        importMnemonicButton.disableProperty().bind(vm.validBinding().not());
        importMnemonicButton.setOnAction(e -> {
            char[] password = Fields.take(mnemonicPasswordField);
            mnemonicRepeatField.clear();
            vm.importMnemonic(password);
        });
    }

    private void selectIndex() {
        if (!vm.addresses().isEmpty()) {
            indexList.getSelectionModel().select(Math.min(vm.indexProperty().get(), vm.addresses().size() - 1));
        }
    }
}
