package org.alephdeploy.ui.wizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.message.MessageSigner;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;

/**
 * Code-behind of {@code Confirm.fxml}: the last look before signing. Asks for the password when
 * the account is locked (unlocked on a worker; the typed characters are wiped) and, for deletes
 * and recreates, for the program's name typed out.
 */
public final class ConfirmPage implements WizardPage {
    private final WizardContext context;
    private BooleanBinding valid;

    @FXML
    private Label summaryLabel;
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
    private Label errorLabel;

    public ConfirmPage(WizardContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        valid = Bindings.createBooleanBinding(this::complete, passwordField.textProperty(), typedField.textProperty());
    }

    private boolean locked() {
        return context.engine().account().locked();
    }

    private boolean complete() {
        String expected = context.spec().typedConfirmation(context.state());
        boolean typedOk = expected == null || expected.equals(typedField.getText());
        return typedOk && (!locked() || !passwordField.getText().isEmpty());
    }

    @Override
    public String titleKey() {
        return "wizard.confirm.title";
    }

    @Override
    public ObservableBooleanValue valid() {
        return valid;
    }

    @Override
    public void entered() {
        WizardState state = context.state();
        Plan plan = state.plannedProperty().get() == null ? null : state.plannedProperty().get().plan();
        String address = context.engine().account().address().map(ShortHash::address).orElse("");
        summaryLabel.setText(plan == null
                ? I18n.format("wizard.confirm.resume", state.resumeOperation(), address)
                : I18n.format("wizard.confirm.summary", plan.steps().size(), address));
        show(passwordBox, locked());
        String expected = context.spec().typedConfirmation(state);
        show(typedBox, expected != null);
        if (expected != null) {
            typedLabel.setText(I18n.format("wizard.confirm.typeName", expected));
        }
        errorLabel.setText("");
        valid.invalidate();
    }

    @Override
    public void leaving(Runnable proceed) {
        if (!locked()) {
            proceed.run();
            return;
        }
        char[] password = new char[passwordField.getLength()];
        for (int i = 0; i < password.length; i++) {
            password[i] = passwordField.getCharacters().charAt(i);
        }
        passwordField.clear();
        context.state().busyProperty().set(true);
        Task<MessageSigner> unlock = context.engine().unlock(password);
        unlock.setOnSucceeded(e -> {
            context.state().busyProperty().set(false);
            proceed.run();
        });
        unlock.setOnFailed(e -> {
            context.state().busyProperty().set(false);
            errorLabel.setText(unlock.getException().getMessage());
        });
        context.start(unlock);
    }

    private static void show(VBox box, boolean on) {
        box.setVisible(on);
        box.setManaged(on);
    }
}
