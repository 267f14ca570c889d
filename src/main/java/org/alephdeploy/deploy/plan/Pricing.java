package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;

/**
 * The prices the service read from the node's pricing aggregate. A compute unit is 1 vCPU and
 * 2048 MiB; hold prices are ALEPH locked while the item lives, credit prices are per second.
 */
public record Pricing(
        BigDecimal holdPerComputeUnit,
        BigDecimal creditPerComputeUnitPerSecond,
        BigDecimal holdPerMib,
        BigDecimal creditPerMibPerSecond,
        long freeHoldStoreBytes) {

    /** The default price aggregate's figures (docs/PROTOCOL.md P-4.7); credit prices as the service reads them. */
    public static Pricing defaults() {
        return new Pricing(new BigDecimal("200"), new BigDecimal("0.0001"), new BigDecimal("0.333333333"),
                new BigDecimal("0.000001"), 25L * 1024 * 1024);
    }
}
