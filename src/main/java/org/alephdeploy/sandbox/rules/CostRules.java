package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alephdeploy.message.Json;
import java.util.function.Function;

/**
 * What a STORE, PROGRAM or INSTANCE costs and which payment dates apply, written from the
 * network's documented rules (products, compute units, volume rows, discount row, 1 credit per
 * hour minimum, 25 MiB minimum for credit-paid STOREs). Arithmetic follows Python's {@code decimal}
 * defaults (28 significant digits, half-even) with each row and each total floored to 18 decimals.
 */
public final class CostRules {
    /** Envelope times before this are free for STORE and on-demand PROGRAM. */
    public static final double FREE_BEFORE = 1_743_775_079;
    /** From this envelope time, INSTANCE and persistent PROGRAM must pay with credit. */
    public static final double CREDIT_ONLY_VMS_FROM = 1_773_187_200;
    /** From this envelope time, STORE, PROGRAM and INSTANCE must all pay with credit. */
    public static final double CREDIT_ONLY_ALL_FROM = 1_798_761_600;
    /** Hold-paid files up to this size need no balance (before {@link #CREDIT_ONLY_ALL_FROM}). */
    public static final long FREE_STORE_BYTES = 25L * 1024 * 1024;
    /** A credit-paid STORE is billed for at least this many MiB. */
    public static final BigDecimal MIN_STORE_MIB = new BigDecimal(25);
    static final MathContext PY = new MathContext(28, RoundingMode.HALF_EVEN);
    private static final BigDecimal HOUR = new BigDecimal(3600);
    private static final double MIB = 1024.0 * 1024.0;
    /** 1 credit per hour, per second, floored. */
    static final BigDecimal MIN_CREDIT_PER_SECOND = floor(BigDecimal.ONE.divide(HOUR, PY));

    private CostRules() {
    }

    /** Where sizes come from: a file named by a reference ({@code use_latest}: its tag, else the STORE's pin). */
    public interface Sizes {
        /** The size of the file {@code ref} names, in MiB as Python's {@code Decimal(size / MiB)}; empty when unknown. */
        Optional<BigDecimal> fileMib(String ref, boolean useLatest);

        /** No file is known. */
        Sizes NONE = (ref, latest) -> Optional.empty();
    }

    /** One row of a price. */
    public record Detail(String type, String name, String ref, BigDecimal hold, BigDecimal stream, BigDecimal credit,
            BigDecimal sizeMib) {
        public ObjectNode toJson(boolean withSize) {
            ObjectNode o = Json.object();
            o.put("type", type);
            o.put("name", name);
            o.put("cost_hold", text(hold));
            o.put("cost_stream", text(stream));
            o.put("cost_credit", text(credit));
            if (withSize && sizeMib != null) {
                o.put("size_mib", sizeMib.doubleValue());
            } else {
                o.putNull("size_mib");
            }
            return o;
        }
    }

    /** The cost of one message: its payment type and rows. */
    public record Cost(String paymentType, List<Detail> details) {
        public Cost {
            details = List.copyOf(details);
        }

        public BigDecimal hold() {
            return floor(details.stream().map(Detail::hold).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, PY)));
        }

        public BigDecimal stream() {
            return floor(details.stream().map(Detail::stream).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, PY)));
        }

        /** Credits per second. */
        public BigDecimal credit() {
            return floor(details.stream().map(Detail::credit).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, PY)));
        }

        /** The total in the message's own payment type. */
        public BigDecimal total() {
            return switch (paymentType) {
                case "credit" -> credit();
                case "superfluid" -> stream();
                default -> hold();
            };
        }
    }

    /** Python's {@code format_cost}: quantize to 18 decimals, rounding towards minus infinity. */
    public static BigDecimal floor(BigDecimal v) {
        return v.setScale(18, RoundingMode.FLOOR);
    }

    /** A cost as the node prints it: 18 decimals. */
    public static String text(BigDecimal v) {
        return floor(v).toPlainString();
    }

    public static String paymentType(ObjectNode content) {
        JsonNode p = content == null ? null : content.get("payment");
        if (p == null || !p.isObject()) {
            return "hold";
        }
        String t = p.path("type").asText("hold");
        return t.equals("credit") || t.equals("superfluid") ? t : "hold";
    }

    /** True when the payment method is not accepted for a message of this type and time (code 202). */
    public static boolean paymentRefused(String type, ObjectNode content, double time) {
        if (paymentType(content).equals("credit")) {
            return false;
        }
        boolean paid = type.equals("PROGRAM") || type.equals("INSTANCE") || type.equals("STORE");
        if (paid && time >= CREDIT_ONLY_ALL_FROM) {
            return true;
        }
        boolean persistentVm = type.equals("INSTANCE") || type.equals("PROGRAM") && persistent(content);
        return persistentVm && time >= CREDIT_ONLY_VMS_FROM;
    }

    /** True when the message is older than the paid era (STORE and on-demand PROGRAM): no balance check at all. */
    public static boolean freeEra(String type, ObjectNode content, double time) {
        return time < FREE_BEFORE && (type.equals("STORE") || type.equals("PROGRAM") && !persistent(content));
    }

    /** True for a hold-paid file of at most 25 MiB before 2027: its own cost needs no balance. */
    public static boolean smallHoldStore(String type, ObjectNode content, double time, BigDecimal storeMib) {
        return type.equals("STORE") && paymentType(content).equals("hold") && time < CREDIT_ONLY_ALL_FROM
                && storeMib != null && storeMib.compareTo(new BigDecimal(FREE_STORE_BYTES / MIB)) <= 0;
    }

    /** The product whose prices apply. */
    public static String product(String type, ObjectNode content) {
        return switch (type) {
            case "STORE" -> PriceTable.STORAGE;
            case "PROGRAM" -> persistent(content) ? PriceTable.PROGRAM_PERSISTENT : PriceTable.PROGRAM;
            default -> PriceTable.INSTANCE;
        };
    }

    /**
     * The cost of a STORE, PROGRAM or INSTANCE. {@code storeMib} is the STORE's file size in MiB
     * (null when unknown: no rows); {@code estimate} lets {@code estimated_size_mib} fields of the
     * content stand for sizes, as in {@code /api/v0/price/estimate}.
     */
    public static Cost of(String type, ObjectNode content, JsonNode pricingAggregate, BigDecimal storeMib, Sizes sizes,
            boolean estimate) {
        String payment = paymentType(content);
        PriceTable prices = PriceTable.of(pricingAggregate, product(type, content));
        if (type.equals("STORE")) {
            return store(content, prices, payment, estimate ? estimatedStoreMib(content, storeMib) : storeMib);
        }
        return executable(type, content, prices, payment, sizes, estimate);
    }

    private static BigDecimal estimatedStoreMib(ObjectNode content, BigDecimal known) {
        BigDecimal est = estimated(content);
        return est != null ? est : known;
    }

    private static BigDecimal estimated(JsonNode node) {
        JsonNode e = node == null ? null : node.get("estimated_size_mib");
        if (e == null || !e.isNumber() || e.decimalValue().signum() == 0) {
            return null;
        }
        return PriceTable.decimal(e);
    }

    private static Cost store(ObjectNode content, PriceTable prices, String payment, BigDecimal mib) {
        if (mib == null || mib.signum() == 0) {
            return new Cost(payment, List.of());
        }
        if (payment.equals("credit") && mib.compareTo(MIN_STORE_MIB) < 0) {
            mib = MIN_STORE_MIB;
        }
        return new Cost(payment, List.of(volumeRow("STORAGE", "STORAGE", content.path("item_hash").asText(null), mib, prices,
                payment)));
    }

    /** Compute units: the larger of vCPUs and memory in compute-unit steps. */
    public static int computeUnits(ObjectNode content, int memoryMibPerUnit) {
        JsonNode r = content.path("resources");
        int vcpus = r.path("vcpus").asInt(1);
        long memory = r.path("memory").asLong(128);
        int byMemory = (int) ((memory + memoryMibPerUnit - 1) / memoryMibPerUnit);
        return Math.max(vcpus, byMemory);
    }

    private static Cost executable(String type, ObjectNode content, PriceTable prices, String payment, Sizes sizes,
            boolean estimate) {
        int units = computeUnits(content, prices.memoryMibPerUnit());
        boolean internetTwice = type.equals("PROGRAM") && !persistent(content)
                && content.path("environment").path("internet").asBoolean(false);
        BigDecimal factor = new BigDecimal(units * (internetTwice ? 2 : 1));
        BigDecimal credit = floor(factor.multiply(prices.computeUnitCredit().divide(HOUR, PY), PY));
        if (payment.equals("credit")) {
            credit = credit.max(MIN_CREDIT_PER_SECOND);
        }
        List<Detail> rows = new ArrayList<>();
        rows.add(new Detail("EXECUTION", product(type, content), null, floor(factor.multiply(prices.computeUnitHold(), PY)),
                floor(factor.multiply(prices.computeUnitPayg().divide(HOUR, PY), PY)), credit, null));
        List<Detail> volumes = volumeRows(type, content, prices, payment, sizes, estimate);
        rows.addAll(volumes);
        BigDecimal freeMib = new BigDecimal((long) prices.diskMibPerUnit() * units);
        BigDecimal dHold = sum(volumes, Detail::hold).min(freeMib.multiply(prices.storageHold(), PY));
        BigDecimal dStream = sum(volumes, Detail::stream).min(freeMib.multiply(prices.storagePayg().divide(HOUR, PY), PY));
        BigDecimal dCredit = sum(volumes, Detail::credit).min(freeMib.multiply(prices.storageCredit().divide(HOUR, PY), PY));
        rows.add(new Detail("EXECUTION_VOLUME_DISCOUNT", "EXECUTION_VOLUME_DISCOUNT", null, floor(dHold.negate()),
                floor(dStream.negate()), floor(dCredit.negate()), null));
        return new Cost(payment, rows);
    }

    private static BigDecimal sum(List<Detail> rows, Function<Detail, BigDecimal> f) {
        return rows.stream().map(f).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, PY));
    }

    private static List<Detail> volumeRows(String type, ObjectNode content, PriceTable prices, String payment, Sizes sizes,
            boolean estimate) {
        List<Detail> rows = new ArrayList<>();
        if (type.equals("INSTANCE")) {
            JsonNode rootfs = content.path("rootfs");
            rows.add(volumeRow("EXECUTION_INSTANCE_VOLUME_ROOTFS", "EXECUTION_INSTANCE_VOLUME_ROOTFS",
                    rootfs.path("parent").path("ref").asText(null), new BigDecimal(rootfs.path("size_mib").asLong(0)), prices, payment));
        } else {
            refRow(rows, "EXECUTION_PROGRAM_VOLUME_CODE", content.path("code"), prices, payment, sizes, estimate);
            refRow(rows, "EXECUTION_PROGRAM_VOLUME_RUNTIME", content.path("runtime"), prices, payment, sizes, estimate);
            if (content.path("data").isObject()) {
                refRow(rows, "EXECUTION_PROGRAM_VOLUME_DATA", content.path("data"), prices, payment, sizes, estimate);
            }
        }
        int i = 0;
        for (JsonNode v : content.path("volumes")) {
            String prefix = "#" + i++;
            String mount = v.path("mount").asText("");
            if (v.has("ref") && !v.has("persistence") && !v.path("ephemeral").asBoolean(false)) {
                String name = prefix + ":" + (mount.isEmpty() ? "EXECUTION_VOLUME_INMUTABLE" : mount);
                BigDecimal mib = estimate ? estimated(v) : null;
                if (mib == null) {
                    mib = sizes.fileMib(v.path("ref").asText(), v.path("use_latest").asBoolean(false)).orElse(null);
                }
                if (mib != null) {
                    rows.add(volumeRow("EXECUTION_VOLUME_INMUTABLE", name, v.path("ref").asText(), mib, prices, payment));
                }
            } else {
                String name = prefix + ":" + (mount.isEmpty() ? "EXECUTION_VOLUME_PERSISTENT" : mount);
                rows.add(volumeRow("EXECUTION_VOLUME_PERSISTENT", name, null, new BigDecimal(v.path("size_mib").asLong(0)),
                        prices, payment));
            }
        }
        return rows;
    }

    private static void refRow(List<Detail> rows, String costType, JsonNode ref, PriceTable prices, String payment, Sizes sizes,
            boolean estimate) {
        String hash = ref.path("ref").asText(null);
        BigDecimal mib = estimate ? estimated(ref) : null;
        if (mib == null && hash != null) {
            mib = sizes.fileMib(hash, ref.path("use_latest").asBoolean(false)).orElse(null);
        }
        if (mib != null) {
            rows.add(volumeRow(costType, costType, hash, mib, prices, payment));
        }
    }

    private static Detail volumeRow(String type, String name, String ref, BigDecimal mib, PriceTable prices, String payment) {
        BigDecimal credit = floor(mib.multiply(prices.storageCredit().divide(HOUR, PY), PY));
        if (payment.equals("credit")) {
            credit = credit.max(MIN_CREDIT_PER_SECOND);
        }
        return new Detail(type, name, ref, floor(mib.multiply(prices.storageHold(), PY)),
                floor(mib.multiply(prices.storagePayg().divide(HOUR, PY), PY)), credit, mib);
    }

    /** Python's {@code Decimal(size / MiB)}: the float quotient, exactly. */
    public static BigDecimal mibOf(long bytes) {
        return new BigDecimal(bytes / MIB);
    }

    static boolean persistent(ObjectNode content) {
        return content != null && content.path("on").path("persistent").asBoolean(false);
    }
}
