package org.alephdeploy.ui.shell;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account in the header: who is signed in and what they can spend.
 *
 * @param balance   ALEPH token balance, or null when unknown
 * @param credits   credit balance, or null when the account has no credits
 * @param watchOnly true for an address added without a key (read-only)
 */
public record AccountSummary(String name, String address, BigDecimal balance, Long credits, boolean watchOnly) {
    public AccountSummary {
        Objects.requireNonNull(address);
    }
}
