package org.alephdeploy.ui.wallet;

import org.alephdeploy.ui.fx.I18n;

/** The pages of the wallet dialog, in the order its navigation lists them. */
public enum WalletPage {
    UNLOCK(I18n.key("wallet.nav.unlock")),
    ACCOUNTS(I18n.key("wallet.nav.accounts")),
    CREATE(I18n.key("wallet.nav.create")),
    PRIVATE_KEY(I18n.key("wallet.nav.privateKey")),
    MNEMONIC(I18n.key("wallet.nav.mnemonic")),
    KEYSTORE(I18n.key("wallet.nav.keystore")),
    ALEPH_KEY(I18n.key("wallet.nav.alephKey")),
    WATCH(I18n.key("wallet.nav.watch"));

    private final String labelKey;

    WalletPage(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return I18n.get(labelKey);
    }
}
