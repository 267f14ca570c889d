package org.alephdeploy.ui.wallet;

import java.util.List;
import java.util.Optional;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.Account;
import org.alephdeploy.wallet.WalletStore;

/** The inline check of a new account's name, against the accounts the dialog listed. */
final class AccountNames {
    private AccountNames() {
    }

    /** What is wrong with {@code name} for a new account, or empty when it is fine. */
    static Optional<String> problem(String name, List<Account> existing) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of(I18n.get("wallet.name.empty"));
        }
        if (n.length() > WalletStore.MAX_NAME_LENGTH) {
            return Optional.of(I18n.format("wallet.name.tooLong", n.length(), WalletStore.MAX_NAME_LENGTH));
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(I18n.get("wallet.name.control"));
        }
        return existing.stream().filter(a -> a.name().equalsIgnoreCase(n)).findFirst()
                .map(a -> I18n.format("wallet.name.taken", a.name()));
    }
}
