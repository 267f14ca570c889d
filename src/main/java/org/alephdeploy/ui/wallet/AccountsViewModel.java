package org.alephdeploy.ui.wallet;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Account;

/** The Accounts page: use, rename, remove (after confirmation) and export the wallet's accounts. FX thread only. */
public final class AccountsViewModel {
    private final DialogHost host;
    private final ObjectProperty<Account> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    AccountsViewModel(DialogHost host) {
        this.host = host;
        chosen.addListener((obs, old, now) -> {
            message.set("");
            error.set("");
        });
    }

    void reset() {
        chosen.set(null);
        message.set("");
        error.set("");
    }

    public void use() {
        Account a = chosen.get();
        if (a != null) {
            host.work().run(() -> host.wallet().select(a.name()), s -> host.finish(I18n.format("wallet.accounts.using", s.name())),
                    e -> error.set(e.getMessage()));
        }
    }

    public void rename() {
        Account a = chosen.get();
        if (a == null) {
            return;
        }
        host.dialogs().askText(I18n.get("wallet.accounts.renameTitle"), I18n.format("wallet.accounts.renamePrompt", a.name()), a.name())
                .filter(n -> !n.equals(a.name()))
                .ifPresent(n -> host.work().run(() -> host.wallet().rename(a.name(), n), r -> {
                    message.set(I18n.format("wallet.accounts.renamed", a.name(), r.name()));
                    host.reloadAccounts();
                }, e -> error.set(e.getMessage())));
    }

    public void remove() {
        Account a = chosen.get();
        if (a == null) {
            return;
        }
        String text = a.watchOnly() ? I18n.format("wallet.accounts.removeWatchText", a.name(), a.address())
                : I18n.format("wallet.accounts.removeText", a.name(), a.address());
        if (!host.dialogs().confirm(I18n.get("wallet.accounts.removeTitle"), text, I18n.get("wallet.accounts.removeConfirm"))) {
            return;
        }
        host.work().run(() -> {
            host.wallet().remove(a.name());
            return a;
        }, r -> {
            message.set(I18n.format("wallet.accounts.removed", r.name()));
            chosen.set(null);
            host.reloadAccounts();
        }, e -> error.set(e.getMessage()));
    }

    public void export() {
        Account a = chosen.get();
        if (a == null || a.watchOnly()) {
            return;
        }
        host.dialogs().chooseFolder(I18n.get("wallet.accounts.exportTitle")).ifPresent(folder -> {
            Path target = folder.resolve("keystore-" + a.address().substring(2).toLowerCase(Locale.ROOT) + ".json");
            host.work().run(() -> {
                host.wallet().exportKeystore(a.name(), target);
                return target;
            }, t -> message.set(I18n.format("wallet.accounts.exported", a.name(), t)), e -> error.set(e.getMessage()));
        });
    }

    public ObjectProperty<Account> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
