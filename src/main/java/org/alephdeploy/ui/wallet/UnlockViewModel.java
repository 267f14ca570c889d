package org.alephdeploy.ui.wallet;

import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.FilteredList;
import org.alephdeploy.message.Addresses;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Account;

/** The Unlock page: choose a key account, type its password. FX thread only. */
public final class UnlockViewModel {
    private final DialogHost host;
    private final FilteredList<Account> keyAccounts;
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>(this, "account");
    private final BooleanProperty passwordTyped = new SimpleBooleanProperty(this, "passwordTyped");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;

    UnlockViewModel(DialogHost host) {
        this.host = host;
        this.keyAccounts = new FilteredList<>(host.accounts(), a -> !a.watchOnly());
        valid = account.isNotNull().and(passwordTyped).and(host.work().busyProperty().not());
        account.addListener((obs, old, now) -> passwordError.set(""));
        keyAccounts.addListener((javafx.collections.ListChangeListener<Account>) c -> keepChoice());
    }

    void reset() {
        passwordError.set("");
        error.set("");
        passwordTyped.set(false);
        keepChoice();
    }

    private void keepChoice() {
        Account now = account.get();
        Account wanted = host.wallet().selected().filter(a -> !a.watchOnly()).orElse(null);
        Account pick = keyAccounts.stream().filter(a -> wanted != null && Addresses.sameAddress(a.address(), wanted.address()))
                .findFirst().orElse(keyAccounts.stream().filter(a -> now != null && Addresses.sameAddress(a.address(), now.address()))
                        .findFirst().orElse(keyAccounts.isEmpty() ? null : keyAccounts.get(0)));
        account.set(pick);
    }

    /** Selects the chosen account and unlocks it; the password array is wiped once used. */
    public void unlock(char[] password) {
        Account chosen = account.get();
        if (chosen == null) {
            Arrays.fill(password, '\0');
            return;
        }
        passwordError.set("");
        error.set("");
        host.work().run(() -> {
            try {
                boolean selectedAlready = host.wallet().selected().map(a -> Addresses.sameAddress(a.address(), chosen.address())).orElse(false);
                if (!selectedAlready) {
                    host.wallet().select(chosen.name());
                }
                host.wallet().unlock(password);
                return chosen;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, a -> host.finish(I18n.format("wallet.unlock.done", a.name())), e -> {
            switch (e.reason()) {
                case WRONG_PASSWORD -> passwordError.set(e.getMessage());
                default -> error.set(e.getMessage());
            }
        });
    }

    public FilteredList<Account> keyAccounts() {
        return keyAccounts;
    }

    public ObjectProperty<Account> accountProperty() {
        return account;
    }

    /** The view says whether the password field holds anything (never what). */
    public BooleanProperty passwordTypedProperty() {
        return passwordTyped;
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
