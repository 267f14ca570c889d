package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.alephdeploy.message.Json;

/**
 * The prices of one product of the network's pricing aggregate (owner {@value #OWNER}, key
 * {@value #KEY}), read the way the reference node reads them: strings as exact decimals, a missing
 * product or price from the built-in defaults ({@link #defaultAggregate()}).
 *
 * @param computeUnitHold ALEPH held per compute unit
 * @param computeUnitPayg ALEPH streamed per compute unit per hour
 * @param computeUnitCredit credits per compute unit per hour
 * @param storageHold ALEPH held per MiB
 * @param storagePayg ALEPH streamed per MiB per hour
 * @param storageCredit credits per MiB per hour
 * @param memoryMibPerUnit memory of one compute unit
 * @param diskMibPerUnit free disk per compute unit (the discount row)
 */
public record PriceTable(BigDecimal computeUnitHold, BigDecimal computeUnitPayg, BigDecimal computeUnitCredit,
        BigDecimal storageHold, BigDecimal storagePayg, BigDecimal storageCredit, int memoryMibPerUnit, int diskMibPerUnit) {
    public static final String OWNER = "0xFba561a84A537fCaa567bb7A2257e7142701ae2A";
    public static final String KEY = "pricing";
    public static final String PROGRAM = "program";
    public static final String PROGRAM_PERSISTENT = "program_persistent";
    public static final String INSTANCE = "instance";
    public static final String STORAGE = "storage";

    /** The product {@code product} of {@code aggregate} (the merged aggregate content, or null for the defaults). */
    public static PriceTable of(JsonNode aggregate, String product) {
        JsonNode fallback = defaultAggregate().path(product);
        JsonNode p = aggregate != null && aggregate.path(product).isObject() ? aggregate.get(product) : fallback;
        JsonNode price = p.path("price");
        JsonNode cu = price.path("compute_unit");
        JsonNode storage = price.path("storage");
        JsonNode unit = p.path("compute_unit");
        return new PriceTable(decimal(cu.get("holding")), decimal(cu.get("payg")), decimal(cu.get("credit")),
                decimal(storage.get("holding")), decimal(storage.get("payg")), decimal(storage.get("credit")),
                unit.path("memory_mib").asInt(2048), unit.path("disk_mib").asInt(0));
    }

    /** Python's {@code Decimal(value or 0)}: a string exactly, a float by its binary value. */
    static BigDecimal decimal(JsonNode n) {
        if (n == null || n.isNull()) {
            return BigDecimal.ZERO;
        }
        if (n.isTextual()) {
            return n.textValue().isEmpty() ? BigDecimal.ZERO : new BigDecimal(n.textValue());
        }
        if (n.isIntegralNumber()) {
            return new BigDecimal(n.bigIntegerValue());
        }
        return new BigDecimal(n.doubleValue());
    }

    /** The reference node's built-in pricing aggregate (pyaleph {@code DEFAULT_PRICE_AGGREGATE}) for the products the sandbox prices. */
    public static ObjectNode defaultAggregate() {
        ObjectNode p = Json.object();
        p.set(PROGRAM, vm("200", "0.011", "11000", "0.977", 2048));
        p.set(PROGRAM_PERSISTENT, vm("1000", "0.055", "55000", "0.977", 20480));
        p.set(INSTANCE, vm("1000", "0.055", "14250", "0.17967489030626108", 20480));
        ObjectNode storage = p.putObject(STORAGE).putObject("price").putObject("storage");
        storage.put("holding", "0.333333333").put("credit", "0.17967489030626108");
        return p;
    }

    private static ObjectNode vm(String hold, String payg, String credit, String storageCredit, int diskMib) {
        ObjectNode e = Json.object();
        ObjectNode price = e.putObject("price");
        price.putObject("storage").put("payg", "0.000000977").put("holding", "0.05").put("credit", storageCredit);
        price.putObject("compute_unit").put("payg", payg).put("holding", hold).put("credit", credit);
        ArrayNode tiers = e.putArray("tiers");
        int i = 1;
        for (int cu : new int[] {1, 2, 4, 6, 8, 12}) {
            tiers.addObject().put("id", "tier-" + i++).put("compute_units", cu);
        }
        ObjectNode unit = e.putObject("compute_unit");
        unit.put("vcpus", 1);
        unit.put("disk_mib", diskMib);
        unit.put("memory_mib", 2048);
        return e;
    }
}
