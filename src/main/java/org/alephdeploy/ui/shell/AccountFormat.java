package org.alephdeploy.ui.shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;

/** How the header writes an account: name, short address, balance or credits. */
public final class AccountFormat {
    private AccountFormat() {
    }

    public static String name(AccountSummary a) {
        if (a == null) {
            return I18n.get("shell.account.none");
        }
        return a.name() == null || a.name().isBlank() ? I18n.get("shell.account.unnamed") : a.name();
    }

    public static String address(AccountSummary a) {
        return a == null ? "" : ShortHash.address(a.address());
    }

    public static String funds(AccountSummary a) {
        if (a == null) {
            return "";
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.getDefault());
        if (a.credits() != null && a.runwayShort()) {
            BigDecimal days = a.runwayHours().divide(BigDecimal.valueOf(24), 1, RoundingMode.FLOOR);
            return I18n.format("shell.account.creditsRunningOut", numbers.format(a.credits()), days.toPlainString());
        }
        if (a.credits() != null) {
            return I18n.format("shell.account.credits", numbers.format(a.credits()));
        }
        if (a.balance() != null) {
            BigDecimal rounded = a.balance().setScale(2, RoundingMode.HALF_DOWN);
            return I18n.format("shell.account.balance", rounded.toPlainString());
        }
        return I18n.get("shell.account.fundsUnknown");
    }
}
