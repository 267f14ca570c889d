package org.alephdeploy.ui.wallet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.MessageFormatException;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.WalletException;
import java.io.IOException;

/**
 * The "Import V3 keystore" page: a keystore file (chosen or dropped), glanced at in the
 * background to show whose it is, a name, and the keystore's password, which keeps protecting
 * the key in this wallet. FX thread only.
 */
public final class KeystoreViewModel {
    private static final long MAX_BYTES = 1 << 20;

    private final DialogHost host;
    private final WalletWork.Latest check;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper(this, "fileError", "");
    private final ReadOnlyStringWrapper fileAddress = new ReadOnlyStringWrapper(this, "fileAddress", "");
    private final BooleanProperty fileValid = new SimpleBooleanProperty(this, "fileValid");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringBinding nameError;
    private final BooleanProperty passwordTyped = new SimpleBooleanProperty(this, "passwordTyped");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper(this, "passwordError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding valid;

    KeystoreViewModel(DialogHost host) {
        this.host = host;
        this.check = host.work().latest();
        nameError = Bindings.createStringBinding(() -> AccountNames.problem(name.get(), host.accounts()).orElse(""),
                name, host.accounts());
        valid = fileValid.and(nameError.isEmpty()).and(passwordTyped).and(host.work().busyProperty().not());
        passwordTyped.addListener((obs, old, now) -> passwordError.set(""));
    }

    void reset() {
        check.cancel();
        file.set(null);
        fileError.set("");
        fileAddress.set("");
        fileValid.set(false);
        name.set(I18n.get("wallet.keystore.defaultName"));
        passwordTyped.set(false);
        passwordError.set("");
        error.set("");
    }

    /** Files dropped on the dialog: the first one is taken. */
    public void dropped(List<Path> paths) {
        if (!paths.isEmpty()) {
            choose(paths.get(0));
        }
    }

    /** Asks for the file with the dialogs' file chooser. */
    public void browse() {
        host.dialogs().chooseFile(I18n.get("wallet.keystore.choose")).ifPresent(this::choose);
    }

    public void choose(Path path) {
        file.set(path);
        fileValid.set(false);
        fileAddress.set("");
        fileError.set("");
        check.run(() -> glance(path), address -> {
            fileValid.set(true);
            fileAddress.set(address);
        }, e -> fileError.set(e.getMessage()));
    }

    /** The address a keystore file names (empty when it names none); refuses what is no keystore. Blocking. */
    static String glance(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new WalletException(WalletException.Reason.FILE_UNREADABLE, I18n.format("wallet.keystore.notAFile", path));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new WalletException(WalletException.Reason.CORRUPT_KEYSTORE, I18n.format("wallet.keystore.tooBig", path.getFileName()));
            }
            JsonNode json = Json.parse(Files.readString(path));
            if (!json.has("crypto") && !json.has("Crypto")) {
                throw new WalletException(WalletException.Reason.CORRUPT_KEYSTORE, I18n.format("wallet.keystore.notKeystore", path.getFileName()));
            }
            String address = json.path("address").asText("");
            return address.isEmpty() ? "" : address.startsWith("0x") ? address : "0x" + address;
        } catch (IOException e) {
            throw new WalletException(WalletException.Reason.FILE_UNREADABLE, I18n.format("wallet.keystore.unreadable", path,
                    e.getClass().getSimpleName()));
        } catch (MessageFormatException e) {
            throw new WalletException(WalletException.Reason.CORRUPT_KEYSTORE, I18n.format("wallet.keystore.notKeystore", path.getFileName()));
        }
    }

    /** Imports the keystore; {@code password} is wiped once used. */
    public void importKeystore(char[] password) {
        Path chosen = file.get();
        String n = name.get().strip();
        error.set("");
        host.work().run(() -> {
            try {
                return host.wallet().importKeystore(n, chosen, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, a -> host.finish(I18n.format("wallet.import.done", a.name(), a.address())), e -> {
            switch (e.reason()) {
                case WRONG_PASSWORD, WEAK_PASSWORD -> passwordError.set(e.getMessage());
                case CORRUPT_KEYSTORE, UNSUPPORTED_KEYSTORE, FILE_UNREADABLE -> fileError.set(e.getMessage());
                default -> error.set(e.getMessage());
            }
        });
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileAddressProperty() {
        return fileAddress.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringBinding nameErrorBinding() {
        return nameError;
    }

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
