package org.alephdeploy.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.ccn.Price;
import org.alephdeploy.deploy.plan.ContentTemplate;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanContext;
import org.alephdeploy.deploy.plan.PlanCosts;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Pricing;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.message.CanonicalJson;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;

/**
 * Asks the node ({@code POST /api/v0/price/estimate}) the price of every message a plan will sign,
 * and figures the plan's cost and affordability again with those prices. Files the plan uploads
 * are given by size ({@code estimated_size_mib}: the file's MiB for a STORE, whole MiB for a
 * program's reference to it). When the node cannot answer, the planner's own figures stay
 * (source {@code local}).
 */
final class NodeEstimates {
    private static final String NO_HASH = "0".repeat(64);
    private static final double MIB = 1024.0 * 1024.0;

    private final CcnClient client;

    NodeEstimates(CcnClient client) {
        this.client = client;
    }

    /** The plan with the node's figures, or a refusal when by them the funds do not cover it. */
    PlanResult price(Plan plan, PlanContext ctx) {
        CostEstimate local = plan.cost();
        if (local.totals() == null || local.totals().paymentTypes().isEmpty()) {
            return plan;
        }
        Map<Integer, Long> uploads = new HashMap<>();
        Map<Integer, Long> storeFiles = new HashMap<>();
        List<String> types = new ArrayList<>();
        List<CostEstimate.Line> rows = new ArrayList<>();
        BigDecimal hold = BigDecimal.ZERO;
        BigDecimal exempt = BigDecimal.ZERO;
        BigDecimal perSecond = BigDecimal.ZERO;
        try {
            for (Step s : plan.steps()) {
                if (s instanceof Step.Upload u) {
                    uploads.put(u.index(), u.artifact().size());
                } else if (s instanceof Step.PublishStore p) {
                    ObjectNode content = p.template().content();
                    Long bytes = null;
                    for (ContentTemplate.Fill f : p.template().fills()) {
                        if (f.pointer().equals("/item_hash")) {
                            bytes = uploads.get(f.from().step());
                            content.put("item_hash", NO_HASH);
                            if (bytes != null) {
                                content.put("estimated_size_mib", bytes / MIB);
                                storeFiles.put(p.index(), bytes);
                            }
                        }
                    }
                    Price price = estimate(ctx, p.template(), content);
                    String type = price.paymentType();
                    types.add(type);
                    rows.addAll(lines(price.detail()));
                    if (Payment.CREDIT.equals(type)) {
                        perSecond = perSecond.add(price.cost());
                    } else if (bytes != null && bytes <= Pricing.FREE_HOLD_STORE_BYTES && !ctx.cutoffs().allCreditOnly(ctx.now())) {
                        exempt = exempt.add(price.cost());
                    } else {
                        hold = hold.add(price.cost());
                    }
                } else if (s instanceof Step.PublishProgram p) {
                    ObjectNode content = p.template().content();
                    for (ContentTemplate.Fill f : p.template().fills()) {
                        Long bytes = storeFiles.get(f.from().step());
                        JsonNode volume = parentOf(content, f.pointer());
                        if (bytes != null && volume instanceof ObjectNode o) {
                            o.put("estimated_size_mib", (bytes + (1L << 20) - 1) >> 20);
                        }
                    }
                    Price price = estimate(ctx, p.template(), content);
                    types.add(price.paymentType());
                    rows.addAll(lines(price.detail()));
                    if (Payment.CREDIT.equals(price.paymentType())) {
                        perSecond = perSecond.add(price.cost());
                    } else {
                        hold = hold.add(price.cost());
                    }
                }
            }
        } catch (NodeError | IllegalStateException e) {
            return plan;
        }
        CostEstimate node = PlanCosts.estimate(ctx, local.totals().withNew(types, hold, exempt, perSecond, rows), CostEstimate.NODE);
        if (!node.affordable()) {
            return Refusal.of(plan.intent(), "The funds do not cover this change (" + node.words() + "). Add ALEPH or credits, then try again.");
        }
        return new Plan(plan.intent(), plan.steps(), plan.effects(), plan.warnings(), plan.followUps(), node, plan.notBefore());
    }

    private Price estimate(PlanContext ctx, ContentTemplate t, ObjectNode content) {
        content.put("time", ctx.now());
        String itemContent = CanonicalJson.write(content);
        ObjectNode env = Json.object();
        env.put("chain", "ETH");
        env.put("sender", ctx.signingAddress());
        env.put("type", t.type() == MessageType.PROGRAM ? "PROGRAM" : "STORE");
        env.put("channel", t.channel());
        env.put("time", ctx.now());
        env.put("item_type", "inline");
        env.put("item_content", itemContent);
        env.put("item_hash", ItemHashes.ofContent(itemContent));
        env.putNull("signature");
        Price p = client.estimatePrice(Message.of(env));
        if (p.cost() == null || p.paymentType() == null) {
            throw new IllegalStateException("the node's estimate has no cost");
        }
        return p;
    }

    private static JsonNode parentOf(ObjectNode content, String pointer) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode n = content.at(parent);
        return n.isMissingNode() ? null : n;
    }

    private static List<CostEstimate.Line> lines(JsonNode detail) {
        List<CostEstimate.Line> out = new ArrayList<>();
        if (detail == null) {
            return out;
        }
        for (JsonNode d : detail) {
            out.add(new CostEstimate.Line(d.path("type").asText(), d.path("name").asText(), decimal(d.get("cost_hold")),
                    decimal(d.get("cost_credit")), d.hasNonNull("size_mib") ? d.get("size_mib").decimalValue() : null));
        }
        return out;
    }

    private static BigDecimal decimal(JsonNode n) {
        try {
            return n == null || n.isNull() ? BigDecimal.ZERO : new BigDecimal(n.asText());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
