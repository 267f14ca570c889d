package org.alephdeploy.ui.wallet;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.alephdeploy.ui.fx.I18n;

/** Code-behind of {@code CreatePage.fxml}: the three steps of creating an account. */
public final class CreateController {
    private final CreateViewModel vm;

    @FXML
    private VBox createFormPane;
    @FXML
    private VBox createBackupPane;
    @FXML
    private VBox createConfirmPane;
    @FXML
    private TextField createNameField;
    @FXML
    private Label createNameError;
    @FXML
    private PasswordField createPasswordField;
    @FXML
    private PasswordField createRepeatField;
    @FXML
    private Label createStrengthLabel;
    @FXML
    private Label createPasswordError;
    @FXML
    private Label createRepeatError;
    @FXML
    private Label createError;
    @FXML
    private Button createNextButton;
    @FXML
    private FlowPane wordsPane;
    @FXML
    private CheckBox wroteItDownCheck;
    @FXML
    private Button createToConfirmButton;
    @FXML
    private Label confirmLabel0;
    @FXML
    private Label confirmLabel1;
    @FXML
    private Label confirmLabel2;
    @FXML
    private TextField confirmWord0;
    @FXML
    private TextField confirmWord1;
    @FXML
    private TextField confirmWord2;
    @FXML
    private Label confirmError;
    @FXML
    private Label createStoreError;
    @FXML
    private Button createBackButton;
    @FXML
    private Button createConfirmButton;

    public CreateController(WalletDialogViewModel dialog) {
        this.vm = dialog.create();
    }

    @FXML
    private void initialize() {
        Fields.newAccount(vm.form(), createNameField, createNameError, createPasswordField, createRepeatField,
                createStrengthLabel, createPasswordError, createRepeatError);
        Fields.message(createError, vm.errorProperty());
        Fields.message(createStoreError, vm.errorProperty());
        Fields.message(confirmError, vm.confirmErrorProperty());
        createNextButton.disableProperty().bind(vm.formValidBinding().not());
        createNextButton.setOnAction(e -> {
            char[] password = Fields.take(createPasswordField);
            createRepeatField.clear();
            vm.next(password);
        });
        wroteItDownCheck.selectedProperty().bindBidirectional(vm.wroteItDownProperty());
        createToConfirmButton.disableProperty().bind(vm.wroteItDownProperty().not());
        createToConfirmButton.setOnAction(e -> vm.toConfirm());
        vm.words().addListener((ListChangeListener<String>) c -> showWords());
        List<TextField> answers = List.of(confirmWord0, confirmWord1, confirmWord2);
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).textProperty().bindBidirectional(vm.answerProperty(i));
        }
        createBackButton.setOnAction(e -> vm.backToWords());
        createConfirmButton.disableProperty().bind(vm.answersCompleteBinding().not());
        createConfirmButton.setOnAction(e -> vm.confirm());
        vm.stepProperty().addListener((obs, old, now) -> showStep(now));
        showStep(vm.stepProperty().get());
    }

    private void showWords() {
        wordsPane.getChildren().clear();
        List<String> words = vm.words();
        for (int i = 0; i < words.size(); i++) {
            Label word = new Label((i + 1) + ". " + words.get(i));
            word.getStyleClass().addAll("mnemonic-word", "mono");
            wordsPane.getChildren().add(word);
        }
    }

    private void showStep(CreateViewModel.Step step) {
        createFormPane.setVisible(step == CreateViewModel.Step.FORM);
        createBackupPane.setVisible(step == CreateViewModel.Step.BACKUP);
        createConfirmPane.setVisible(step == CreateViewModel.Step.CONFIRM);
        if (step == CreateViewModel.Step.CONFIRM) {
            List<Label> labels = List.of(confirmLabel0, confirmLabel1, confirmLabel2);
            List<Integer> positions = vm.positions();
            for (int i = 0; i < labels.size(); i++) {
                labels.get(i).setText(I18n.format("wallet.create.wordNumber", positions.get(i) + 1));
            }
            confirmWord0.requestFocus();
        }
        if (step == CreateViewModel.Step.FORM) {
            createPasswordField.clear();
            createRepeatField.clear();
        }
        if (createFormPane.getParent().isVisible()) {
            Fields.defaultButtons(createFormPane.getParent());
        }
    }
}
