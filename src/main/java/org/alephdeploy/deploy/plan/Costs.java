package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.alephdeploy.message.Payment;

/** Payment types by the cutoffs of docs/PROTOCOL.md P-4.7, and costs with the context's prices. */
final class Costs {
    static final long MIB = 1024L * 1024;
    private static final BigDecimal DAY = BigDecimal.valueOf(86_400);

    private final PlanContext ctx;

    Costs(PlanContext ctx) {
        this.ctx = ctx;
    }

    boolean allCreditOnly() {
        return ctx.now().compareTo(ctx.cutoffs().allCreditOnlyFrom()) >= 0;
    }

    /** The payment type a new PROGRAM with this content must use, keeping the old one where still allowed. */
    String programPaymentType(ObjectNode content) {
        boolean persistent = content.path("on").path("persistent").asBoolean(false);
        if (allCreditOnly() || (persistent && ctx.now().compareTo(ctx.cutoffs().persistentCreditOnlyFrom()) >= 0)) {
            return Payment.CREDIT;
        }
        return Payment.of(content.get("payment")).type();
    }

    String storePaymentType() {
        return allCreditOnly() ? Payment.CREDIT : Payment.HOLD;
    }

    static Payment payment(String type) {
        return new Payment("ETH", null, type);
    }

    static ObjectNode paymentJson(String type) {
        return payment(type).toJson();
    }

    static int computeUnits(JsonNode programContent) {
        JsonNode r = programContent.path("resources");
        int vcpus = r.path("vcpus").asInt(1);
        int memory = r.path("memory").asInt(128);
        return Math.max(vcpus, (memory + 2047) / 2048);
    }

    BigDecimal programHold(JsonNode content) {
        return ctx.pricing().holdPerComputeUnit().multiply(BigDecimal.valueOf(computeUnits(content)));
    }

    BigDecimal programCreditsPerSecond(JsonNode content) {
        return ctx.pricing().creditPerComputeUnitPerSecond().multiply(BigDecimal.valueOf(computeUnits(content)));
    }

    static BigDecimal mib(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MIB), 6, RoundingMode.UP);
    }

    BigDecimal storeHold(long bytes) {
        if (bytes <= ctx.pricing().freeHoldStoreBytes() && !allCreditOnly()) {
            return BigDecimal.ZERO;
        }
        return ctx.pricing().holdPerMib().multiply(mib(bytes));
    }

    BigDecimal storeCreditsPerSecond(long bytes) {
        return ctx.pricing().creditPerMibPerSecond().multiply(mib(bytes));
    }

    /** The node's hold rule: free balance, plus what is released before (at most what is locked), covers the new cost. */
    boolean holdCovers(BigDecimal required, BigDecimal releasedFirst) {
        BigDecimal released = releasedFirst.min(ctx.funds().lockedHold().max(BigDecimal.ZERO));
        return ctx.funds().freeHold().add(released).compareTo(required) >= 0;
    }

    /** The node's credit rule: credits cover 24 h of everything being spent after the change. */
    boolean creditsCover(BigDecimal newPerSecond, BigDecimal releasedFirstPerSecond) {
        BigDecimal perSecond = ctx.funds().creditsPerSecondInUse().subtract(releasedFirstPerSecond).add(newPerSecond);
        return ctx.funds().credits().compareTo(perSecond.multiply(DAY)) >= 0;
    }
}
