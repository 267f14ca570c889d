package org.alephdeploy.ui.wallet;

import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.wallet.WalletStore;

/**
 * A rough hint of how hard a new password is to guess, from its length and the kinds of
 * characters in it. It is a hint for the user, not a rule: the wallet only requires the minimum length.
 */
enum PasswordStrength {
    TOO_SHORT(I18n.key("wallet.strength.tooShort")),
    WEAK(I18n.key("wallet.strength.weak")),
    FAIR(I18n.key("wallet.strength.fair")),
    STRONG(I18n.key("wallet.strength.strong"));

    private final String labelKey;

    PasswordStrength(String labelKey) {
        this.labelKey = labelKey;
    }

    String label() {
        return I18n.get(labelKey);
    }

    static PasswordStrength of(CharSequence password) {
        int length = password.length();
        if (length < WalletStore.MIN_PASSWORD_LENGTH) {
            return TOO_SHORT;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < length; i++) {
            char c = password.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (length >= 16 || (length >= 12 && kinds >= 3)) {
            return STRONG;
        }
        return length >= 10 && kinds >= 2 ? FAIR : WEAK;
    }
}
