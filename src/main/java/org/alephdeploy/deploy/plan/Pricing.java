package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The prices the service read from the network's pricing aggregate (owner
 * {@value #AGGREGATE_OWNER}, key {@code pricing}), per product: on-demand programs, persistent
 * programs, files (STORE). Credit prices are per hour, as the aggregate gives them; one US dollar
 * is 1,000,000 credits.
 */
public record Pricing(Product program, Product persistentProgram, Product storage) {
    public static final String AGGREGATE_OWNER = "0xFba561a84A537fCaa567bb7A2257e7142701ae2A";
    /** Hold-paid files up to this size need no balance before 2027-01-01. */
    public static final long FREE_HOLD_STORE_BYTES = 25L * 1024 * 1024;

    /**
     * One product's prices: a compute unit (hold, credits per hour), a MiB of storage (hold, credits
     * per hour), the memory of a compute unit and the disk each compute unit includes for free.
     */
    public record Product(BigDecimal unitHold, BigDecimal unitCreditsPerHour, BigDecimal mibHold, BigDecimal mibCreditsPerHour,
            int unitMemoryMib, int freeDiskMibPerUnit) {
    }

    /** The reference node's built-in defaults (docs/sandbox.md, Money). */
    public static Pricing defaults() {
        Product onDemand = new Product(new BigDecimal("200"), new BigDecimal("11000"), new BigDecimal("0.05"),
                new BigDecimal("0.977"), 2048, 2048);
        Product persistent = new Product(new BigDecimal("1000"), new BigDecimal("55000"), new BigDecimal("0.05"),
                new BigDecimal("0.977"), 2048, 20480);
        Product files = new Product(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.333333333"),
                new BigDecimal("0.17967489030626108"), 2048, 0);
        return new Pricing(onDemand, persistent, files);
    }

    /** The products of the aggregate's content ({@code {"program": …, "program_persistent": …, "storage": …}}); gaps from the defaults. */
    public static Pricing fromAggregate(JsonNode aggregate) {
        Pricing d = defaults();
        if (aggregate == null || !aggregate.isObject()) {
            return d;
        }
        return new Pricing(product(aggregate.path("program"), d.program()),
                product(aggregate.path("program_persistent"), d.persistentProgram()),
                product(aggregate.path("storage"), d.storage()));
    }

    private static Product product(JsonNode p, Product d) {
        if (!p.isObject()) {
            return d;
        }
        JsonNode unit = p.path("price").path("compute_unit");
        JsonNode mib = p.path("price").path("storage");
        return new Product(amount(unit.get("holding"), d.unitHold()), amount(unit.get("credit"), d.unitCreditsPerHour()),
                amount(mib.get("holding"), d.mibHold()), amount(mib.get("credit"), d.mibCreditsPerHour()),
                p.path("compute_unit").path("memory_mib").asInt(d.unitMemoryMib()),
                p.path("compute_unit").path("disk_mib").asInt(d.freeDiskMibPerUnit()));
    }

    private static BigDecimal amount(JsonNode n, BigDecimal fallback) {
        if (n == null || n.isNull()) {
            return fallback;
        }
        try {
            if (n.isTextual()) {
                return new BigDecimal(n.textValue());
            }
            return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.isNumber() ? new BigDecimal(n.doubleValue()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The product of a PROGRAM with this content. */
    public Product programProduct(JsonNode content) {
        return content.path("on").path("persistent").asBoolean(false) ? persistentProgram : program;
    }
}
