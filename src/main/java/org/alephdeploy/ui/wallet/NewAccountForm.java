package org.alephdeploy.ui.wallet;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.WalletStore;

/**
 * The name and new password of an account being added, checked as the user types. The password
 * itself is never held here: the view reports each change and keeps the characters in its
 * fields until the import takes them as {@code char[]}. FX thread only.
 */
final class NewAccountForm {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringBinding nameError;
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyStringWrapper repeatError = new ReadOnlyStringWrapper(this, "repeatError", "");
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper(this, "strength", "");
    private final ReadOnlyStringWrapper strengthLevel = new ReadOnlyStringWrapper(this, "strengthLevel", "");
    private final ReadOnlyStringWrapper serverNameError = new ReadOnlyStringWrapper(this, "serverNameError", "");
    private final BooleanProperty passwordsValid = new SimpleBooleanProperty(this, "passwordsValid");
    private final BooleanBinding valid;

    NewAccountForm(ObservableList<Account> accounts) {
        nameError = Bindings.createStringBinding(() -> {
            String local = AccountNames.problem(name.get(), accounts).orElse("");
            return local.isEmpty() ? serverNameError.get() : local;
        }, name, accounts, serverNameError);
        name.addListener((obs, old, now) -> serverNameError.set(""));
        valid = nameError.isEmpty().and(passwordsValid);
    }

    /** Called by the view on every keystroke in either password field. */
    void passwordsChanged(CharSequence password, CharSequence repeat) {
        PasswordStrength s = PasswordStrength.of(password);
        strength.set(password.length() == 0 ? "" : s.label());
        strengthLevel.set(password.length() == 0 ? "" : s.name());
        passwordError.set(password.length() == 0 || s != PasswordStrength.TOO_SHORT ? ""
                : I18n.format("wallet.password.tooShort", WalletStore.MIN_PASSWORD_LENGTH, password.length()));
        boolean same = CharSequenceEquality.equal(password, repeat);
        repeatError.set(repeat.length() == 0 || same ? "" : I18n.get("wallet.password.mismatch"));
        passwordsValid.set(s != PasswordStrength.TOO_SHORT && same);
    }

    /** A name the wallet refused after all (another window added the same name meanwhile). */
    void nameRefused(String message) {
        serverNameError.set(message);
    }

    void reset(String defaultName) {
        name.set(defaultName);
        serverNameError.set("");
        passwordsChanged("", "");
    }

    StringProperty nameProperty() {
        return name;
    }

    String name() {
        return name.get().strip();
    }

    StringBinding nameErrorBinding() {
        return nameError;
    }

    ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty repeatErrorProperty() {
        return repeatError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    /** The {@link PasswordStrength} name, for a style class; empty when nothing is typed. */
    ReadOnlyStringProperty strengthLevelProperty() {
        return strengthLevel.getReadOnlyProperty();
    }

    BooleanBinding validBinding() {
        return valid;
    }
}
