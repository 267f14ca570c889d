package org.alephdeploy.service.node;

import java.math.BigDecimal;
import org.alephdeploy.ccn.Balance;
import org.alephdeploy.deploy.Engine;

/**
 * What an address can spend on the current node: its ALEPH balance and its credits (null when the
 * node reports none).
 */
public record AccountFunds(BigDecimal balance, BigDecimal credits) {
    /** Asks the current node. Blocking. */
    public static AccountFunds fetch(NodeConnection nodes, String address) {
        return of(nodes.client().balance(address));
    }

    /** Asks the node of {@code engine}. Blocking. */
    public static AccountFunds fetch(Engine engine, String address) {
        return of(engine.client().balance(address));
    }

    private static AccountFunds of(Balance b) {
        return new AccountFunds(b.balance(), b.creditBalance());
    }
}
