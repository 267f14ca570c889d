package org.alephdeploy.service.node;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.alephdeploy.ccn.AddressCosts;
import org.alephdeploy.ccn.Balance;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.Engine;

/**
 * What an address can spend on the current node: its ALEPH balance and its credits (null when the
 * node reports none), and how many hours the credits last at what its credit-paid messages spend
 * ({@code runwayHours}, null when nothing spends credits or the node cannot say).
 */
public record AccountFunds(BigDecimal balance, BigDecimal credits, BigDecimal runwayHours) {
    public AccountFunds(BigDecimal balance, BigDecimal credits) {
        this(balance, credits, null);
    }

    /** Asks the current node. Blocking. */
    public static AccountFunds fetch(NodeConnection nodes, String address) {
        return fetch(nodes.client(), address);
    }

    /** Asks the node of {@code engine}. Blocking. */
    public static AccountFunds fetch(Engine engine, String address) {
        return fetch(engine.client(), address);
    }

    private static AccountFunds fetch(CcnClient client, String address) {
        Balance b = client.balance(address);
        BigDecimal runway = null;
        try {
            BigDecimal perHour = client.costs(address, "credit").map(AddressCosts::totalCredit).orElse(BigDecimal.ZERO)
                    .multiply(BigDecimal.valueOf(3600));
            if (perHour.signum() > 0 && b.creditBalance() != null) {
                runway = b.creditBalance().divide(perHour, 2, RoundingMode.FLOOR);
            }
        } catch (NodeError e) {
            runway = null;
        }
        return new AccountFunds(b.balance(), b.creditBalance(), runway);
    }
}
