package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The signing owner's money as the node reports it: ALEPH held and already locked by running
 * programs and files (hold payment), credits and the credits per second already being spent.
 */
public record Funds(BigDecimal holdBalance, BigDecimal lockedHold, BigDecimal credits, BigDecimal creditsPerSecondInUse) {
    public Funds {
        Objects.requireNonNull(holdBalance, "holdBalance");
        Objects.requireNonNull(lockedHold, "lockedHold");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(creditsPerSecondInUse, "creditsPerSecondInUse");
    }

    public BigDecimal freeHold() {
        return holdBalance.subtract(lockedHold);
    }
}
