package org.alephdeploy.ui.wallet;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.service.wallet.AlephKeyPreview;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.WalletException;

/**
 * The "aleph CLI key" page, offered when the aleph command line tool's key files are found
 * under the home folder: each file with the address it holds, then a name and a new password
 * (the CLI file is not encrypted; the wallet keeps an encrypted copy). FX thread only.
 */
public final class AlephKeyViewModel {
    private final DialogHost host;
    private final Path home;
    private final NewAccountForm form;
    private final ObservableList<AlephKeyPreview.Found> found = FXCollections.observableArrayList();
    private final ObjectProperty<AlephKeyPreview.Found> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;

    AlephKeyViewModel(DialogHost host, Path home) {
        this.host = host;
        this.home = home;
        this.form = new NewAccountForm(host.accounts());
        valid = form.validBinding().and(chosen.isNotNull()).and(host.work().busyProperty().not());
    }

    void reset() {
        form.reset(I18n.get("wallet.alephKey.defaultName"));
        error.set("");
    }

    /** Looks for key files in the background; {@code then} runs with what was found. */
    void scan(Runnable then) {
        host.work().run(() -> AlephKeyPreview.scan(home), list -> {
            found.setAll(list.stream().filter(f -> f.address() != null).toList());
            chosen.set(found.isEmpty() ? null : found.get(0));
            then.run();
        }, e -> error.set(e.getMessage()));
    }

    /** Imports the chosen file; {@code password} is wiped once used. */
    public void importKey(char[] password) {
        AlephKeyPreview.Found file = chosen.get();
        String name = form.name();
        error.set("");
        host.work().run(() -> {
            try {
                return host.wallet().importAlephKey(name, file.file(), password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, a -> host.finish(I18n.format("wallet.import.done", a.name(), a.address())), this::failed);
    }

    private void failed(WalletException e) {
        switch (e.reason()) {
            case NAME_EXISTS, INVALID_NAME -> form.nameRefused(e.getMessage());
            default -> error.set(e.getMessage());
        }
    }

    NewAccountForm form() {
        return form;
    }

    public ObservableList<AlephKeyPreview.Found> found() {
        return found;
    }

    public ObjectProperty<AlephKeyPreview.Found> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
