package org.alephdeploy.ccn;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code GET /api/v0/addresses/{address}/balance} (P-5.9). Amounts keep the node's decimal text.
 * {@code details} maps chains to balances; {@code creditDetails} is the node's JSON (often null).
 */
public record Balance(String address, BigDecimal balance, BigDecimal lockedAmount, BigDecimal creditBalance,
                      Map<String, BigDecimal> details, JsonNode creditDetails) {
    public Balance {
        details = Map.copyOf(details);
    }
}
