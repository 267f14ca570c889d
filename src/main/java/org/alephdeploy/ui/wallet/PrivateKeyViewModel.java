package org.alephdeploy.ui.wallet;

import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.WalletException;

/** The "Import private key" page: a hex key in a masked field, a name and a new password. FX thread only. */
public final class PrivateKeyViewModel {
    private final DialogHost host;
    private final NewAccountForm form;
    private final BooleanProperty keyValid = new SimpleBooleanProperty(this, "keyValid");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper(this, "keyError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;

    PrivateKeyViewModel(DialogHost host) {
        this.host = host;
        this.form = new NewAccountForm(host.accounts());
        valid = form.validBinding().and(keyValid).and(host.work().busyProperty().not());
    }

    void reset() {
        form.reset(I18n.get("wallet.privateKey.defaultName"));
        keyChanged("");
        error.set("");
    }

    /** Called by the view on every change of the key field; checks the shape only (no key math here). */
    public void keyChanged(CharSequence key) {
        int start = key.length() >= 2 && key.charAt(0) == '0' && (key.charAt(1) == 'x' || key.charAt(1) == 'X') ? 2 : 0;
        int end = key.length();
        while (end > start && Character.isWhitespace(key.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(key.charAt(start))) {
            start++;
        }
        int digits = end - start;
        int bad = -1;
        for (int i = start; i < end && bad < 0; i++) {
            if (Character.digit(key.charAt(i), 16) < 0) {
                bad = i - start + 1;
            }
        }
        String problem = key.length() == 0 ? ""
                : bad > 0 ? I18n.format("wallet.privateKey.notHex", bad)
                : digits != 64 ? I18n.format("wallet.privateKey.length", digits) : "";
        keyError.set(problem);
        keyValid.set(key.length() > 0 && problem.isEmpty());
    }

    /** Imports the key; both arrays are wiped once used. */
    public void importKey(char[] key, char[] password) {
        String name = form.name();
        error.set("");
        host.work().run(() -> {
            try {
                return host.wallet().importPrivateKey(name, key, password);
            } finally {
                Arrays.fill(key, '\0');
                Arrays.fill(password, '\0');
            }
        }, a -> host.finish(I18n.format("wallet.import.done", a.name(), a.address())), this::failed);
    }

    private void failed(WalletException e) {
        switch (e.reason()) {
            case INVALID_KEY -> keyError.set(e.getMessage());
            case NAME_EXISTS, INVALID_NAME -> form.nameRefused(e.getMessage());
            default -> error.set(e.getMessage());
        }
    }

    NewAccountForm form() {
        return form;
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
