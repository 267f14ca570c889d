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
import org.alephdeploy.message.Addresses;
import org.alephdeploy.ui.fx.I18n;

/**
 * The "Watch an address" page: a name and an address, whose EIP-55 checksum is checked in the
 * background as it is typed (the check hashes). FX thread only.
 */
public final class WatchViewModel {
    private final DialogHost host;
    private final WalletWork.Latest check;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringBinding nameError;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper(this, "addressError", "");
    private final BooleanProperty addressValid = new SimpleBooleanProperty(this, "addressValid");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;

    WatchViewModel(DialogHost host) {
        this.host = host;
        this.check = host.work().latest();
        nameError = Bindings.createStringBinding(() -> AccountNames.problem(name.get(), host.accounts()).orElse(""),
                name, host.accounts());
        address.addListener((obs, old, now) -> recheck(now));
        valid = nameError.isEmpty().and(addressValid).and(host.work().busyProperty().not());
    }

    void reset() {
        name.set(I18n.get("wallet.watch.defaultName"));
        address.set("");
        recheck("");
        error.set("");
    }

    private void recheck(String typed) {
        String a = typed == null ? "" : typed.strip();
        addressValid.set(false);
        addressError.set("");
        if (a.isEmpty()) {
            check.cancel();
            return;
        }
        if (!Addresses.hasShape(a)) {
            check.cancel();
            addressError.set(I18n.format("wallet.watch.shape", a.length()));
            return;
        }
        check.run(() -> Addresses.checksumValid(a), ok -> {
            addressValid.set(ok);
            addressError.set(ok ? "" : I18n.get("wallet.watch.checksum"));
        }, e -> addressError.set(e.getMessage()));
    }

    public void watch() {
        String n = name.get().strip();
        String a = address.get().strip();
        error.set("");
        host.work().run(() -> host.wallet().watch(n, a), acc -> host.finish(I18n.format("wallet.watch.done", acc.name(), acc.address())),
                e -> error.set(e.getMessage()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringBinding nameErrorBinding() {
        return nameError;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty addressErrorProperty() {
        return addressError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
