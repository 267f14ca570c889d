package org.alephdeploy.ui.wallet;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Mnemonic;
import org.alephdeploy.wallet.WalletException;

/**
 * The "Import mnemonic" page: the words (checked as typed, naming an unknown word), an optional
 * passphrase, and an index chooser listing the first addresses on the MetaMask path, derived in
 * the background. FX thread only.
 */
public final class MnemonicViewModel {
    static final int ADDRESSES_SHOWN = 10;

    /** One row of the index chooser. */
    public record IndexedAddress(int index, String address) {
    }

    private final DialogHost host;
    private final NewAccountForm form;
    private final WalletWork.Latest check;
    private final StringProperty words = new SimpleStringProperty(this, "words", "");
    private final ReadOnlyStringWrapper wordsError = new ReadOnlyStringWrapper(this, "wordsError", "");
    private final BooleanProperty wordsValid = new SimpleBooleanProperty(this, "wordsValid");
    private final ObservableList<IndexedAddress> addresses = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", 0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;
    private char[] passphrase = new char[0];

    MnemonicViewModel(DialogHost host) {
        this.host = host;
        this.form = new NewAccountForm(host.accounts());
        this.check = host.work().latest();
        words.addListener((obs, old, now) -> recheck());
        valid = form.validBinding().and(wordsValid).and(index.greaterThanOrEqualTo(0)).and(host.work().busyProperty().not());
    }

    void reset() {
        form.reset(I18n.get("wallet.mnemonic.defaultName"));
        Arrays.fill(passphrase, '\0');
        passphrase = new char[0];
        words.set("");
        recheck();
        error.set("");
    }

    /** Called by the view on every change of the passphrase field. */
    public void passphraseChanged(CharSequence value) {
        Arrays.fill(passphrase, '\0');
        passphrase = toChars(value);
        recheck();
    }

    private void recheck() {
        wordsValid.set(false);
        addresses.clear();
        if (words.get().isBlank()) {
            check.cancel();
            wordsError.set("");
            return;
        }
        char[] text = words.get().toCharArray();
        char[] pass = passphrase.clone();
        check.run(() -> {
            Mnemonic m = null;
            try {
                m = Mnemonic.parse(text);
                return m.addresses(pass, ADDRESSES_SHOWN);
            } finally {
                if (m != null) {
                    m.wipe();
                }
                Arrays.fill(text, '\0');
                Arrays.fill(pass, '\0');
            }
        }, this::showAddresses, e -> wordsError.set(e.getMessage()));
    }

    private void showAddresses(List<String> list) {
        wordsError.set("");
        wordsValid.set(true);
        for (int i = 0; i < list.size(); i++) {
            addresses.add(new IndexedAddress(i, list.get(i)));
        }
        if (index.get() < 0 || index.get() >= list.size()) {
            index.set(0);
        }
    }

    /** Imports the account at the chosen index; {@code password} is wiped once used. */
    public void importMnemonic(char[] password) {
        String name = form.name();
        char[] text = words.get().toCharArray();
        char[] pass = passphrase.clone();
        int at = index.get();
        error.set("");
        host.work().run(() -> {
            try {
                return host.wallet().importMnemonic(name, text, pass, at, password);
            } finally {
                Arrays.fill(text, '\0');
                Arrays.fill(pass, '\0');
                Arrays.fill(password, '\0');
            }
        }, a -> host.finish(I18n.format("wallet.import.done", a.name(), a.address())), this::failed);
    }

    private void failed(WalletException e) {
        switch (e.reason()) {
            case NAME_EXISTS, INVALID_NAME -> form.nameRefused(e.getMessage());
            case INVALID_MNEMONIC, UNKNOWN_MNEMONIC_WORD, BAD_MNEMONIC_CHECKSUM -> wordsError.set(e.getMessage());
            default -> error.set(e.getMessage());
        }
    }

    private static char[] toChars(CharSequence value) {
        char[] out = new char[value.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value.charAt(i);
        }
        return out;
    }

    NewAccountForm form() {
        return form;
    }

    /** The words as typed; a text area holds them as a string anyway. */
    public StringProperty wordsProperty() {
        return words;
    }

    public ReadOnlyStringProperty wordsErrorProperty() {
        return wordsError.getReadOnlyProperty();
    }

    public ObservableList<IndexedAddress> addresses() {
        return addresses;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
