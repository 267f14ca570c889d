package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;

/**
 * When the network stops accepting non-credit payment (docs/PROTOCOL.md P-4.7): persistent programs
 * from {@code persistentCreditOnlyFrom}, every new STORE and PROGRAM from {@code allCreditOnlyFrom}.
 */
public record PaymentCutoffs(BigDecimal persistentCreditOnlyFrom, BigDecimal allCreditOnlyFrom) {
    public static PaymentCutoffs mainnet() {
        return new PaymentCutoffs(new BigDecimal("1773187200"), new BigDecimal("1798761600"));
    }
}
