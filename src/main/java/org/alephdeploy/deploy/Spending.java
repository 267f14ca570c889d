package org.alephdeploy.deploy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alephdeploy.ccn.AddressCosts;
import org.alephdeploy.ccn.Balance;

/**
 * What an address has and pays, as the node reports it: ALEPH balance and what its messages hold,
 * credits and what its messages spend per hour, how long the credits last (runway), and each
 * message's cost ({@code /api/v0/costs}).
 *
 * @param runwayHours hours the credits last at the current spend, or null when nothing spends credits
 */
public record Spending(BigDecimal balance, BigDecimal held, BigDecimal credits, BigDecimal creditsPerHour, BigDecimal runwayHours,
        Map<String, ItemCost> items) {
    /** The default runway under which the app warns. */
    public static final BigDecimal WARN_BELOW_HOURS = BigDecimal.valueOf(7 * 24);

    /** One message's cost: ALEPH held or credits per hour, by its payment type. */
    public record ItemCost(String paymentType, BigDecimal hold, BigDecimal creditsPerHour) {
    }

    public Spending {
        items = Map.copyOf(items);
    }

    static Spending of(Balance b, Optional<AddressCosts> hold, Optional<AddressCosts> credit) {
        Map<String, ItemCost> items = new LinkedHashMap<>();
        hold.ifPresent(h -> h.resources().forEach(r -> items.put(r.itemHash(), new ItemCost(r.paymentType(), r.costHold(), BigDecimal.ZERO))));
        credit.ifPresent(c -> c.resources().forEach(r -> items.put(r.itemHash(), new ItemCost(r.paymentType(), BigDecimal.ZERO,
                r.costCredit().multiply(BigDecimal.valueOf(3600))))));
        BigDecimal held = hold.map(AddressCosts::totalHold).orElse(zero(b.lockedAmount()));
        BigDecimal perHour = credit.map(c -> c.totalCredit().multiply(BigDecimal.valueOf(3600))).orElse(BigDecimal.ZERO);
        BigDecimal credits = zero(b.creditBalance());
        BigDecimal runway = perHour.signum() == 0 ? null : credits.divide(perHour, 2, RoundingMode.FLOOR);
        return new Spending(zero(b.balance()), held, credits, perHour, runway, items);
    }

    /** True when the credits run out within {@code hours}. */
    public boolean runsOutWithin(BigDecimal hours) {
        return runwayHours != null && runwayHours.compareTo(hours) < 0;
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
