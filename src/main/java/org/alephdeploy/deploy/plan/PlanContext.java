package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;
import java.util.Objects;
import org.alephdeploy.deploy.inventory.Inventory;

/**
 * Everything the planner needs, fetched beforehand by the service: the inventory, who signs
 * (and whether that account can sign at all), the node's limits, money and prices, the time and
 * the payment cutoffs, and the channel for messages that have no predecessor to copy it from.
 */
public record PlanContext(
        Inventory inventory,
        String signingAddress,
        boolean watchOnly,
        NodeLimits limits,
        Funds funds,
        Pricing pricing,
        BigDecimal now,
        PaymentCutoffs cutoffs,
        String defaultChannel) {

    public PlanContext {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(signingAddress, "signingAddress");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(funds, "funds");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(cutoffs, "cutoffs");
    }

    /** True when {@code signingAddress} may sign a {@code type} message for {@code owner} on {@code channel}. */
    public boolean maySignFor(String owner, String type, String channel) {
        return owner != null && inventory.authorizations().allows(signingAddress, owner, type, "ETH", channel);
    }
}
