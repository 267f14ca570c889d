package org.alephdeploy.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.Json;

/**
 * Every price and payment date the sandbox uses (docs/PROTOCOL.md P-4.7), in one place.
 *
 * <p>Hold prices are the reference node's defaults: 200 ALEPH per compute unit (1 vCPU / 2048 MiB)
 * for on-demand programs, 0.333333333 ALEPH per MiB for files, hold-paid files up to 25 MiB free
 * before 2027-01-01. The persistent/instance hold price and every credit price are this sandbox's
 * own choices (the reference formulas are not specified in P-4.7): persistent programs and
 * instances 1000 ALEPH per compute unit; credits per hour: 200 per compute unit (on demand), 1000
 * per compute unit (persistent, instance), 1 per MiB of file.
 */
public final class Pricing {
    /** Envelope times before this are free for STORE and on-demand PROGRAM. */
    public static final double FREE_BEFORE = 1_743_775_079;
    /** From this envelope time, INSTANCE and persistent PROGRAM must pay with credit. */
    public static final double CREDIT_ONLY_VMS_FROM = 1_773_187_200;
    /** From this envelope time, STORE, PROGRAM and INSTANCE must all pay with credit. */
    public static final double CREDIT_ONLY_ALL_FROM = 1_798_761_600;
    public static final BigDecimal HOLD_PER_CU_ON_DEMAND = new BigDecimal("200");
    public static final BigDecimal HOLD_PER_CU_PERSISTENT = new BigDecimal("1000");
    public static final BigDecimal HOLD_PER_MIB = new BigDecimal("0.333333333");
    public static final BigDecimal CREDITS_PER_CU_HOUR_ON_DEMAND = new BigDecimal("200");
    public static final BigDecimal CREDITS_PER_CU_HOUR_PERSISTENT = new BigDecimal("1000");
    public static final BigDecimal CREDITS_PER_MIB_HOUR = BigDecimal.ONE;
    public static final long FREE_STORE_BYTES = 25L * 1024 * 1024;
    public static final int MIB_PER_CU = 2048;
    private static final BigDecimal HOUR = new BigDecimal("3600");
    private static final BigDecimal MIB = new BigDecimal(1024 * 1024);

    private Pricing() {
    }

    /** One line of a price: what is charged and how much per payment kind. */
    public record Detail(String type, String name, BigDecimal hold, BigDecimal creditPerSecond, BigDecimal sizeMib) {
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.put("type", type);
            o.put("name", name);
            o.put("cost_hold", hold.setScale(18, RoundingMode.HALF_UP).toPlainString());
            o.put("cost_stream", "0.000000000000000000");
            o.put("cost_credit", creditPerSecond.setScale(18, RoundingMode.HALF_UP).toPlainString());
            if (sizeMib == null) {
                o.putNull("size_mib");
            } else {
                o.put("size_mib", sizeMib);
            }
            return o;
        }
    }

    /** The cost of one message. */
    public record Cost(String paymentType, BigDecimal hold, BigDecimal creditPerSecond, List<Detail> details) {
        public static Cost free(String paymentType) {
            return new Cost(paymentType, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        }

        public boolean isFree() {
            return hold.signum() == 0 && creditPerSecond.signum() == 0;
        }
    }

    public static String paymentType(ObjectNode content) {
        JsonNode p = content == null ? null : content.get("payment");
        return p != null && p.isObject() && p.path("type").isTextual() ? p.get("type").textValue() : "hold";
    }

    /** The payment method is not accepted at this time (code 202), or null when it is. */
    public static boolean paymentRefused(String type, ObjectNode content, double time) {
        String payment = paymentType(content);
        if (payment.equals("credit")) {
            return false;
        }
        boolean vm = type.equals("PROGRAM") || type.equals("INSTANCE") || type.equals("STORE");
        if (vm && time >= CREDIT_ONLY_ALL_FROM) {
            return true;
        }
        boolean persistentVm = type.equals("INSTANCE") || type.equals("PROGRAM") && persistent(content);
        return persistentVm && time >= CREDIT_ONLY_VMS_FROM;
    }

    /**
     * The cost of a STORE, PROGRAM or INSTANCE message; other types are free. {@code fileBytes} is
     * the STORE's file size (or an estimate), ignored for other types.
     */
    public static Cost of(String type, ObjectNode content, double time, long fileBytes) {
        String payment = paymentType(content);
        return switch (type) {
            case "STORE" -> store(content, time, fileBytes, payment);
            case "PROGRAM" -> program(content, time, payment);
            case "INSTANCE" -> instance(content, payment);
            default -> Cost.free(payment);
        };
    }

    private static Cost store(ObjectNode content, double time, long bytes, String payment) {
        if (time < FREE_BEFORE || payment.equals("hold") && bytes <= FREE_STORE_BYTES && time < CREDIT_ONLY_ALL_FROM) {
            return Cost.free(payment);
        }
        BigDecimal mib = new BigDecimal(bytes).divide(MIB, 6, RoundingMode.HALF_UP);
        Detail d = new Detail("STORAGE", content.path("item_hash").asText(""), mib.multiply(HOLD_PER_MIB),
                mib.multiply(CREDITS_PER_MIB_HOUR).divide(HOUR, 18, RoundingMode.HALF_UP), mib);
        return total(payment, List.of(d));
    }

    private static Cost program(ObjectNode content, double time, String payment) {
        boolean persistent = persistent(content);
        if (!persistent && time < FREE_BEFORE) {
            return Cost.free(payment);
        }
        List<Detail> details = new ArrayList<>();
        details.add(execution(content, persistent));
        details.addAll(persistentVolumes(content, persistent));
        return total(payment, details);
    }

    private static Cost instance(ObjectNode content, String payment) {
        List<Detail> details = new ArrayList<>();
        details.add(execution(content, true));
        long rootfs = content.path("rootfs").path("size_mib").asLong(0);
        if (rootfs > 0) {
            details.add(volume("EXECUTION_INSTANCE_VOLUME_ROOTFS", "rootfs", rootfs));
        }
        details.addAll(persistentVolumes(content, true));
        return total(payment, details);
    }

    /** Compute units: the larger of vCPUs and memory in 2048 MiB steps. */
    public static int computeUnits(ObjectNode content) {
        JsonNode r = content.path("resources");
        long vcpus = Math.max(1, r.path("vcpus").asLong(1));
        long memory = Math.max(1, r.path("memory").asLong(128));
        return (int) Math.max(vcpus, (memory + MIB_PER_CU - 1) / MIB_PER_CU);
    }

    private static Detail execution(ObjectNode content, boolean persistent) {
        BigDecimal cu = new BigDecimal(computeUnits(content));
        BigDecimal hold = cu.multiply(persistent ? HOLD_PER_CU_PERSISTENT : HOLD_PER_CU_ON_DEMAND);
        BigDecimal credit = cu.multiply(persistent ? CREDITS_PER_CU_HOUR_PERSISTENT : CREDITS_PER_CU_HOUR_ON_DEMAND)
                .divide(HOUR, 18, RoundingMode.HALF_UP);
        return new Detail("EXECUTION", "compute", hold, credit, null);
    }

    private static List<Detail> persistentVolumes(ObjectNode content, boolean persistentVm) {
        List<Detail> out = new ArrayList<>();
        for (JsonNode v : content.path("volumes")) {
            if (v.has("size_mib") && !v.path("ephemeral").asBoolean(false) && !v.has("ref")) {
                out.add(volume("EXECUTION_VOLUME_PERSISTENT", v.path("name").asText(v.path("mount").asText("volume")),
                        v.get("size_mib").asLong()));
            }
        }
        return out;
    }

    private static Detail volume(String type, String name, long sizeMib) {
        BigDecimal mib = new BigDecimal(sizeMib);
        return new Detail(type, name, mib.multiply(HOLD_PER_MIB),
                mib.multiply(CREDITS_PER_MIB_HOUR).divide(HOUR, 18, RoundingMode.HALF_UP), mib);
    }

    private static Cost total(String payment, List<Detail> details) {
        BigDecimal hold = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (Detail d : details) {
            hold = hold.add(d.hold());
            credit = credit.add(d.creditPerSecond());
        }
        return new Cost(payment, hold, credit, List.copyOf(details));
    }

    private static boolean persistent(ObjectNode content) {
        return content != null && content.path("on").path("persistent").asBoolean(false);
    }
}
