package org.alephdeploy.service.node;

import java.math.BigDecimal;
import org.alephdeploy.ccn.Balance;

/**
 * What an address can spend on the current node: its ALEPH balance and its credits (null when the
 * node reports none).
 */
public record AccountFunds(BigDecimal balance, BigDecimal credits) {
    /** Asks the current node. Blocking. */
    public static AccountFunds fetch(NodeConnection nodes, String address) {
        Balance b = nodes.client().balance(address);
        return new AccountFunds(b.balance(), b.creditBalance());
    }
}
