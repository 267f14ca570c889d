package org.alephdeploy.deploy.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.Payment;

/**
 * The price of one message by the network's rules (docs/sandbox.md, Money), computed here without the node:
 * the planner's offline figure, compared with the node's estimate in tests. Rows: execution
 * (compute units, twice for an on-demand program with internet), code, runtime, data, each volume,
 * then the discount of the disk included per compute unit; a credit-paid row costs at least 1
 * credit per hour, a credit-paid file at least 25 MiB. Amounts follow Python's decimal defaults
 * (28 digits) and are cut (floored) to 18 decimals, row by row and in total.
 */
public record MessagePrice(String paymentType, List<Line> lines) {
    private static final MathContext PYTHON = new MathContext(28, RoundingMode.HALF_EVEN);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MIN_CREDIT_MIB = BigDecimal.valueOf(25);
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    /** One row: ALEPH to hold, or credits per second; {@code sizeMib} for volume rows. */
    public record Line(String type, String name, BigDecimal hold, BigDecimal creditsPerSecond, BigDecimal sizeMib) {
    }

    /** Sizes of the files a PROGRAM names, in MiB as the node counts them (null when unknown: no row). */
    public interface Sizes {
        BigDecimal mib(String ref, boolean useLatest);
    }

    public MessagePrice {
        lines = List.copyOf(lines);
    }

    public BigDecimal hold() {
        return cut(lines.stream().map(Line::hold).reduce(BigDecimal.ZERO, (x, y) -> x.add(y, PYTHON)));
    }

    public BigDecimal creditsPerSecond() {
        return cut(lines.stream().map(Line::creditsPerSecond).reduce(BigDecimal.ZERO, (x, y) -> x.add(y, PYTHON)));
    }

    /** A file of {@code bytes} in MiB as the node reads it: the float quotient, exactly. */
    public static BigDecimal mibOfBytes(long bytes) {
        return new BigDecimal(bytes / BYTES_PER_MIB);
    }

    static BigDecimal cut(BigDecimal v) {
        return v.setScale(18, RoundingMode.FLOOR);
    }

    /** A STORE of {@code mib} MiB. */
    public static MessagePrice store(Pricing pricing, BigDecimal mib, String paymentType) {
        boolean credit = Payment.CREDIT.equals(paymentType);
        BigDecimal billed = credit && mib.compareTo(MIN_CREDIT_MIB) < 0 ? MIN_CREDIT_MIB : mib;
        return new MessagePrice(paymentType, List.of(storage("STORAGE", "STORAGE", billed, pricing.storage(), credit)));
    }

    /** A PROGRAM with this content, paid with {@code paymentType}. */
    public static MessagePrice program(Pricing pricing, JsonNode content, String paymentType, Sizes sizes) {
        Pricing.Product product = pricing.programProduct(content);
        boolean credit = Payment.CREDIT.equals(paymentType);
        boolean persistent = content.path("on").path("persistent").asBoolean(false);
        int units = Costs.computeUnits(content, product.unitMemoryMib());
        int counted = !persistent && content.path("environment").path("internet").asBoolean(false) ? 2 * units : units;
        List<Line> lines = new ArrayList<>();
        BigDecimal perUnitSecond = product.unitCreditsPerHour().divide(SECONDS_PER_HOUR, PYTHON);
        BigDecimal execCredit = atLeastOneCreditPerHour(cut(BigDecimal.valueOf(counted).multiply(perUnitSecond, PYTHON)), credit);
        lines.add(new Line("EXECUTION", persistent ? "program_persistent" : "program",
                cut(BigDecimal.valueOf(counted).multiply(product.unitHold(), PYTHON)), execCredit, null));
        List<Line> volumes = new ArrayList<>();
        referenced(volumes, "EXECUTION_PROGRAM_VOLUME_CODE", content.path("code"), product, credit, sizes);
        referenced(volumes, "EXECUTION_PROGRAM_VOLUME_RUNTIME", content.path("runtime"), product, credit, sizes);
        if (content.path("data").isObject()) {
            referenced(volumes, "EXECUTION_PROGRAM_VOLUME_DATA", content.path("data"), product, credit, sizes);
        }
        int index = 0;
        for (JsonNode v : content.path("volumes")) {
            String mount = v.path("mount").asText("");
            boolean immutable = v.hasNonNull("ref") && !v.has("persistence") && !v.path("ephemeral").asBoolean(false);
            String type = immutable ? "EXECUTION_VOLUME_INMUTABLE" : "EXECUTION_VOLUME_PERSISTENT";
            String name = "#" + index++ + ":" + (mount.isEmpty() ? type : mount);
            BigDecimal mib = immutable ? sizes.mib(v.path("ref").asText(), v.path("use_latest").asBoolean(false))
                    : BigDecimal.valueOf(v.path("size_mib").asLong(0));
            if (mib != null) {
                volumes.add(storage(type, name, mib, product, credit));
            }
        }
        lines.addAll(volumes);
        BigDecimal freeMib = BigDecimal.valueOf((long) product.freeDiskMibPerUnit() * units);
        BigDecimal holdSum = volumes.stream().map(Line::hold).reduce(BigDecimal.ZERO, (x, y) -> x.add(y, PYTHON));
        BigDecimal creditSum = volumes.stream().map(Line::creditsPerSecond).reduce(BigDecimal.ZERO, (x, y) -> x.add(y, PYTHON));
        BigDecimal holdCap = freeMib.multiply(product.mibHold(), PYTHON);
        BigDecimal creditCap = freeMib.multiply(product.mibCreditsPerHour().divide(SECONDS_PER_HOUR, PYTHON), PYTHON);
        lines.add(new Line("EXECUTION_VOLUME_DISCOUNT", "EXECUTION_VOLUME_DISCOUNT", cut(holdSum.min(holdCap).negate()),
                cut(creditSum.min(creditCap).negate()), null));
        return new MessagePrice(paymentType, lines);
    }

    private static void referenced(List<Line> out, String type, JsonNode ref, Pricing.Product product, boolean credit, Sizes sizes) {
        if (!ref.hasNonNull("ref")) {
            return;
        }
        BigDecimal mib = sizes.mib(ref.path("ref").asText(), ref.path("use_latest").asBoolean(false));
        if (mib != null) {
            out.add(storage(type, type, mib, product, credit));
        }
    }

    private static Line storage(String type, String name, BigDecimal mib, Pricing.Product product, boolean credit) {
        BigDecimal perSecond = cut(mib.multiply(product.mibCreditsPerHour().divide(SECONDS_PER_HOUR, PYTHON), PYTHON));
        return new Line(type, name, cut(mib.multiply(product.mibHold(), PYTHON)), atLeastOneCreditPerHour(perSecond, credit), mib);
    }

    private static BigDecimal atLeastOneCreditPerHour(BigDecimal perSecond, boolean credit) {
        return credit ? perSecond.max(cut(BigDecimal.ONE.divide(SECONDS_PER_HOUR, PYTHON))) : perSecond;
    }
}
