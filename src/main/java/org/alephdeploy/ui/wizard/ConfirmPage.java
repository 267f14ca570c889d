package org.alephdeploy.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Code-behind of {@code Confirm.fxml}, bound to a {@link ConfirmViewModel}: the signer by name and
 * identicon ({@link SignerLine}), the password when the account is locked (the typed characters are wiped), the name
 * typed out for what cannot be undone. The frame's sign button takes the model's words.
 */
public final class ConfirmPage implements WizardPage {
    private final WizardContext context;
    private final ConfirmViewModel model;

    @FXML
    private Label summaryLabel;
    @FXML
    private SignerLine signerLine;
    @FXML
    private VBox passwordBox;
    @FXML
    private PasswordField passwordField;
    @FXML
    private VBox typedBox;
    @FXML
    private Label typedLabel;
    @FXML
    private TextField typedField;
    @FXML
    private VBox remainingBox;
    @FXML
    private VBox remainingList;
    @FXML
    private Label errorLabel;

    public ConfirmPage(WizardContext context) {
        this.context = context;
        this.model = new ConfirmViewModel(context.state(), context.spec(), context.engine(), context.tasks());
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        signerLine.bind(model.signer());
        visibleWhen(passwordBox, model.passwordNeededProperty());
        visibleWhen(typedBox, model.typedPromptProperty().isNotNull());
        typedLabel.textProperty().bind(model.typedPromptProperty());
        model.typedProperty().bind(typedField.textProperty());
        model.passwordGivenProperty().bind(passwordField.lengthProperty().greaterThan(0));
        errorLabel.textProperty().bind(model.errorProperty());
        visibleWhen(remainingBox, Bindings.isNotEmpty(model.remaining()));
        model.remaining().addListener((ListChangeListener<String>) c -> remainingList.getChildren().setAll(
                model.remaining().stream().map(s -> (Node) PlanLines.wrapped("• " + s)).toList()));
    }

    @Override
    public String titleKey() {
        return "wizard.confirm.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return model.completeBinding();
    }

    @Override
    public ObservableStringValue nextWords() {
        return model.signWordsProperty();
    }

    @Override
    public ObservableBooleanValue dangerous() {
        return model.dangerProperty();
    }

    @Override
    public void entered() {
        model.enter();
    }

    @Override
    public void leaving(Runnable proceed) {
        char[] password = new char[passwordField.getLength()];
        for (int i = 0; i < password.length; i++) {
            password[i] = passwordField.getCharacters().charAt(i);
        }
        passwordField.clear();
        model.sign(password, proceed, on -> context.state().busyProperty().set(on));
    }

    private static void visibleWhen(Node n, ObservableBooleanValue on) {
        n.visibleProperty().bind(on);
        n.managedProperty().bind(on);
    }
}
