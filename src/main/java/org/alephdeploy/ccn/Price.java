package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * {@code GET /api/v0/price/{hash}} or {@code POST /api/v0/price/estimate} (P-5.9).
 * {@code detail} is the node's per-item breakdown JSON.
 */
public record Price(BigDecimal requiredTokens, String paymentType, BigDecimal cost, JsonNode detail,
                    String chargedAddress) {
}
