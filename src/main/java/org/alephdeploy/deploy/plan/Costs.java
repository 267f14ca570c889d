package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.Payment;

/** Payment types by the cutoffs of docs/PROTOCOL.md P-4.7, and message prices with the context's prices and the inventory's file sizes. */
final class Costs {
    static final long MIB = 1024L * 1024;

    private final PlanContext ctx;
    /** Files this plan uploads, by the step that publishes their STORE: whole MiB, as an estimate gives them. */
    private final Map<String, BigDecimal> newFiles = new HashMap<>();

    Costs(PlanContext ctx) {
        this.ctx = ctx;
    }

    boolean allCreditOnly() {
        return ctx.cutoffs().allCreditOnly(ctx.now());
    }

    /** The payment type a new PROGRAM with this content must use, keeping the old one where still allowed. */
    String programPaymentType(ObjectNode content) {
        return ctx.cutoffs().programPayment(content, Payment.of(content.get("payment")).type(), ctx.now());
    }

    String storePaymentType() {
        return allCreditOnly() ? Payment.CREDIT : Payment.HOLD;
    }

    static Payment payment(String type) {
        return new Payment("ETH", null, type);
    }

    static int computeUnits(JsonNode programContent) {
        return computeUnits(programContent, 2048);
    }

    static int computeUnits(JsonNode programContent, int unitMemoryMib) {
        JsonNode r = programContent.path("resources");
        int vcpus = r.path("vcpus").asInt(1);
        long memory = r.path("memory").asLong(128);
        return (int) Math.max(vcpus, (memory + unitMemoryMib - 1) / unitMemoryMib);
    }

    /** Records that the STORE published by {@code store} holds a file of {@code bytes}. */
    void newFile(StepRef store, long bytes) {
        newFiles.put(store.toString(), BigDecimal.valueOf((bytes + MIB - 1) / MIB));
    }

    MessagePrice program(JsonNode content) {
        return program(content, Payment.of(content.get("payment")).type());
    }

    MessagePrice program(JsonNode content, String paymentType) {
        return MessagePrice.program(ctx.pricing(), content, paymentType, this::mib);
    }

    MessagePrice store(long bytes, String paymentType) {
        return MessagePrice.store(ctx.pricing(), MessagePrice.mibOfBytes(bytes), paymentType);
    }

    /** What the node would find for a reference: the tag's file ({@code use_latest}) or the STORE's own. */
    private BigDecimal mib(String ref, boolean useLatest) {
        BigDecimal planned = newFiles.get(ref);
        if (planned != null) {
            return planned;
        }
        StoreRevision r = useLatest ? ctx.inventory().volume(ref).map(VolumeView::currentByNode).orElse(null)
                : ctx.inventory().store(ref).orElse(null);
        if (r == null && useLatest) {
            r = ctx.inventory().store(ref).orElse(null);
        }
        return r == null || r.size() == null ? null : MessagePrice.mibOfBytes(r.size());
    }

    BigDecimal programHold(JsonNode content) {
        return program(content, Payment.HOLD).hold();
    }

    BigDecimal programCreditsPerSecond(JsonNode content) {
        return program(content, Payment.CREDIT).creditsPerSecond();
    }
}
