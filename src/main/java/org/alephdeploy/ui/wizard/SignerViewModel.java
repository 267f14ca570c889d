package org.alephdeploy.ui.wizard;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.ui.fx.I18n;

/**
 * Who signs what a wizard sends, as every page that shows it says it: the account's name (or that it
 * has none), its address for the identicon and the short address with copy, and a note when the
 * account cannot sign (watch-only) or none is chosen. FX thread only.
 */
public final class SignerViewModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");

    /** Reads the account as it is now (it may have been renamed or switched since the wizard opened). */
    public void read(SignerAccess account) {
        String a = account.address().orElse("");
        address.set(a);
        if (a.isEmpty()) {
            name.set(I18n.get("wizard.signer.none"));
            note.set(I18n.get("wizard.signer.noneNote"));
            return;
        }
        name.set(account.name().filter(n -> !n.isBlank()).orElse(I18n.get("wizard.signer.unnamed")));
        note.set(account.watchOnly() ? I18n.get("wizard.signer.watchOnlyNote") : null);
    }

    /** The account's name in the wallet, or words saying it has none or that no account is chosen. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The full address (empty without an account): the identicon draws it, the copy button copies it. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** Why this account cannot sign, or null when it can. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
