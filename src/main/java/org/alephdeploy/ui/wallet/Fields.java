package org.alephdeploy.ui.wallet;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import java.util.Locale;

/** Small bindings every wallet page uses: inline messages, secrets out of password fields. */
final class Fields {
    private Fields() {
    }

    /** The label shows {@code text} and takes no room while it is empty. */
    static void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text));
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * The field's characters as a new array the caller wipes, then clears the field. The control
     * keeps its text as a string internally; this is as far as a password can be kept out of strings.
     */
    static char[] take(TextField field) {
        CharSequence text = field.getCharacters();
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.charAt(i);
        }
        field.clear();
        return out;
    }

    /**
     * Makes the accent button of the visible step of {@code page} the one Enter presses, and no
     * button of a hidden page or step: pages share one scene, and only one default button may answer.
     */
    static void defaultButtons(Node page) {
        for (Node n : page.lookupAll(".wallet-actions .accent")) {
            boolean shown = true;
            for (Node up = n; up != null && shown; up = up.getParent()) {
                shown = up.isVisible();
                if (up == page) {
                    break;
                }
            }
            ((Button) n).setDefaultButton(shown);
        }
    }

    /** Binds a name field, two new-password fields and their messages to a {@link NewAccountForm}. */
    static void newAccount(NewAccountForm form, TextField name, Label nameError, PasswordField password, PasswordField repeat,
            Label strength, Label passwordError, Label repeatError) {
        name.textProperty().bindBidirectional(form.nameProperty());
        message(nameError, form.nameErrorBinding());
        Runnable changed = () -> form.passwordsChanged(password.getCharacters(), repeat.getCharacters());
        password.textProperty().addListener((obs, old, now) -> changed.run());
        repeat.textProperty().addListener((obs, old, now) -> changed.run());
        message(strength, form.strengthProperty());
        form.strengthLevelProperty().addListener((obs, old, now) -> {
            strength.getStyleClass().removeIf(c -> c.startsWith("strength-"));
            if (!now.isEmpty()) {
                strength.getStyleClass().add("strength-" + now.toLowerCase(Locale.ROOT));
            }
        });
        message(passwordError, form.passwordErrorProperty());
        message(repeatError, form.repeatErrorProperty());
    }
}
