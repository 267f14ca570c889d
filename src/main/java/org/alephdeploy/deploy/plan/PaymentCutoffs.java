package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.alephdeploy.message.Payment;

/**
 * When the network stops accepting non-credit payment (docs/PROTOCOL.md P-4.7): persistent programs
 * from {@code persistentCreditOnlyFrom}, every new STORE and PROGRAM from {@code allCreditOnlyFrom}.
 * The node judges by the message's {@code time}, so the payment is chosen again when signing.
 */
public record PaymentCutoffs(BigDecimal persistentCreditOnlyFrom, BigDecimal allCreditOnlyFrom) {
    public static PaymentCutoffs mainnet() {
        return new PaymentCutoffs(new BigDecimal("1773187200"), new BigDecimal("1798761600"));
    }

    public boolean allCreditOnly(BigDecimal time) {
        return time.compareTo(allCreditOnlyFrom) >= 0;
    }

    /** The payment a PROGRAM with this content must use at {@code time}: credit where required, else {@code wanted}. */
    public String programPayment(JsonNode content, String wanted, BigDecimal time) {
        boolean persistent = content.path("on").path("persistent").asBoolean(false);
        if (allCreditOnly(time) || persistent && time.compareTo(persistentCreditOnlyFrom) >= 0) {
            return Payment.CREDIT;
        }
        return wanted;
    }

    /** The payment a STORE must use at {@code time}: credit where required, else {@code wanted}. */
    public String storePayment(String wanted, BigDecimal time) {
        return allCreditOnly(time) ? Payment.CREDIT : wanted;
    }
}
