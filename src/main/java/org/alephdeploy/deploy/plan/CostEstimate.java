package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;

/**
 * The plan's cost with the context's prices: the payment type of the new messages, ALEPH to
 * lock (hold) or credits per second (credit), what is released by forgetting, and whether the
 * funds cover it by the node's rule (hold: free balance ≥ new cost; credit: credits ≥ 24 h of
 * all spending).
 */
public record CostEstimate(String paymentType, BigDecimal holdRequired, BigDecimal holdReleased, BigDecimal creditsPerSecond,
        boolean affordable, String words) {
    public static CostEstimate free() {
        return new CostEstimate(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true, "nothing to pay");
    }
}
