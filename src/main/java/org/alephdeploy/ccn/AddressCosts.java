package org.alephdeploy.ccn;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/v0/costs?address=…&payment_type=…&include_details=1}: what an address already
 * pays with one payment type, in total and per message (hold: ALEPH held; credit: credits per second).
 */
public record AddressCosts(String paymentType, BigDecimal totalHold, BigDecimal totalCredit, long consumedCredits,
        List<Resource> resources) {
    public AddressCosts {
        resources = List.copyOf(resources);
    }

    /** One message's cost. */
    public record Resource(String itemHash, String paymentType, BigDecimal costHold, BigDecimal costCredit) {
    }

    public static AddressCosts none(String paymentType) {
        return new AddressCosts(paymentType, BigDecimal.ZERO, BigDecimal.ZERO, 0, List.of());
    }
}
