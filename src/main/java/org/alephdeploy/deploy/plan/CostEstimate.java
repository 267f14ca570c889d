package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The plan's cost: the payment type of the new messages, ALEPH to lock (hold) or credits per
 * second (credit), what is released by forgetting, whether the funds cover it by the node's rule
 * (hold: balance ≥ what is held + the new cost; credit: credits ≥ one day of everything spent
 * after the change), the credits that day needs, how long the credits last after the change, the
 * rows of every new message and where the figures come from ({@code node}: the node's estimate;
 * {@code local}: the planner's own computation).
 *
 * @param creditsRequired credits one day of everything spent after the change needs (0 without credit spending)
 * @param runwayHours hours the credits last after the change, or null when nothing spends credits
 * @param totals what the figures were made from (to re-figure them with the node's prices), or null for a saved plan
 */
public record CostEstimate(String paymentType, BigDecimal holdRequired, BigDecimal holdReleased, BigDecimal creditsPerSecond,
        boolean affordable, String words, BigDecimal creditsRequired, BigDecimal runwayHours, List<Line> detail, String source,
        PlanCosts.Totals totals) {
    public static final String NODE = "node";
    public static final String LOCAL = "local";

    /** One row of a new message's price: hold amount, credits per second, size for volume rows. */
    public record Line(String type, String name, BigDecimal costHold, BigDecimal costCredit, BigDecimal sizeMib) {
    }

    public CostEstimate {
        detail = detail == null ? List.of() : List.copyOf(detail);
        creditsRequired = creditsRequired == null ? BigDecimal.ZERO : creditsRequired;
        source = source == null ? LOCAL : source;
    }

    /** The summary form (no rows), as older saved plans carry it. */
    public CostEstimate(String paymentType, BigDecimal holdRequired, BigDecimal holdReleased, BigDecimal creditsPerSecond,
            boolean affordable, String words) {
        this(paymentType, holdRequired, holdReleased, creditsPerSecond, affordable, words, BigDecimal.ZERO, null, List.of(), LOCAL,
                null);
    }

    public static CostEstimate free() {
        return new CostEstimate(null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true, "nothing to pay");
    }

    /** Credits per hour of the new messages, as the node computes them (its per-second figure × 3600). */
    public BigDecimal creditsPerHour() {
        return creditsPerSecond.multiply(BigDecimal.valueOf(3600));
    }
}
