package org.alephdeploy.ui.shell;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account in the header: who is signed in and what they can spend.
 *
 * @param balance   ALEPH token balance, or null when unknown
 * @param credits   credit balance, or null when the account has no credits
 * @param watchOnly true for an address added without a key (read-only)
 * @param runwayHours how long the credits last at the current spend, or null when unknown or nothing spends them
 */
public record AccountSummary(String name, String address, BigDecimal balance, Long credits, boolean watchOnly, BigDecimal runwayHours) {
    /** Under this runway the header warns (7 days). */
    public static final BigDecimal WARN_BELOW_HOURS = BigDecimal.valueOf(7 * 24);

    public AccountSummary {
        Objects.requireNonNull(address);
    }

    public AccountSummary(String name, String address, BigDecimal balance, Long credits, boolean watchOnly) {
        this(name, address, balance, credits, watchOnly, null);
    }

    /** True when the credits run out within {@link #WARN_BELOW_HOURS}. */
    public boolean runwayShort() {
        return runwayHours != null && runwayHours.compareTo(WARN_BELOW_HOURS) < 0;
    }
}
