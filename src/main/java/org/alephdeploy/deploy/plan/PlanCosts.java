package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.alephdeploy.message.Payment;

/**
 * A plan's cost from its totals and the signing owner's funds, by the node's rules: hold needs
 * the balance to cover what is held plus the new cost (hold-paid files of at most 25 MiB are not
 * checked); credit needs the credits to cover one day of everything spent after the change.
 */
public final class PlanCosts {
    private static final BigDecimal DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3600);

    private PlanCosts() {
    }

    /**
     * What a plan adds and frees. {@code holdExempt}: hold of new messages the node checks no
     * balance for; {@code creditsReleasedFirst}: credits per second freed before the new messages.
     */
    public record Totals(List<String> paymentTypes, BigDecimal holdRequired, BigDecimal holdExempt, BigDecimal creditsPerSecond,
            BigDecimal holdReleasedFirst, BigDecimal holdReleasedLater, BigDecimal creditsReleasedFirst, List<CostEstimate.Line> lines) {
        public Totals {
            paymentTypes = List.copyOf(paymentTypes);
            lines = List.copyOf(lines);
        }

        /** The same releases with other new messages' figures (the node's). */
        public Totals withNew(List<String> types, BigDecimal hold, BigDecimal exempt, BigDecimal perSecond, List<CostEstimate.Line> rows) {
            return new Totals(types, hold, exempt, perSecond, holdReleasedFirst, holdReleasedLater, creditsReleasedFirst, rows);
        }
    }

    public static CostEstimate estimate(PlanContext ctx, Totals t, String source) {
        Funds f = ctx.funds();
        BigDecimal releasedFirst = t.holdReleasedFirst().min(f.lockedHold().max(BigDecimal.ZERO));
        BigDecimal holdNeeded = f.lockedHold().subtract(releasedFirst).add(t.holdRequired()).add(t.holdExempt());
        boolean holdOk = t.holdRequired().signum() == 0 || f.holdBalance().compareTo(holdNeeded) >= 0;
        BigDecimal spendAfter = f.creditsPerSecondInUse().subtract(t.creditsReleasedFirst()).add(t.creditsPerSecond()).max(BigDecimal.ZERO);
        BigDecimal creditsForADay = spendAfter.multiply(DAY);
        boolean creditOk = t.creditsPerSecond().signum() == 0 || f.credits().compareTo(creditsForADay) >= 0;
        BigDecimal runway = spendAfter.signum() == 0 ? null
                : f.credits().divide(spendAfter.multiply(HOUR), 2, RoundingMode.FLOOR);
        String type = t.paymentTypes().isEmpty() ? null
                : t.paymentTypes().contains(Payment.CREDIT) ? Payment.CREDIT : t.paymentTypes().get(0);
        StringBuilder w = new StringBuilder();
        if (t.paymentTypes().isEmpty()) {
            w.append("nothing new to pay");
        } else {
            w.append("pays with ").append(String.join(" and ", new LinkedHashSet<>(t.paymentTypes())));
            if (t.holdRequired().signum() > 0) {
                if (holdOk) {
                    w.append("; holds ").append(up(t.holdRequired().add(t.holdExempt()), 6)).append(" ALEPH more (balance ")
                            .append(down(f.holdBalance(), 6)).append(", already held ").append(up(f.lockedHold(), 6)).append(")");
                } else {
                    w.append("; needs ").append(up(holdNeeded, 6)).append(" ALEPH held for everything you run; you have ")
                            .append(down(f.holdBalance(), 6));
                }
            } else if (t.holdExempt().signum() > 0) {
                w.append("; small files (25 MiB or less) paid with hold need no balance");
            }
            if (t.creditsPerSecond().signum() > 0) {
                w.append("; spends ").append(up(t.creditsPerSecond().multiply(HOUR), 2)).append(" credits per hour");
                if (creditOk) {
                    w.append("; the credits last ").append(runwayWords(runway)).append(" after the change");
                } else {
                    w.append("; needs ").append(up(creditsForADay, 0)).append(" credits for a day of everything you run; you have ")
                            .append(down(f.credits(), 0));
                }
            }
        }
        BigDecimal released = t.holdReleasedFirst().add(t.holdReleasedLater());
        if (released.signum() > 0) {
            w.append("; releases ").append(down(released, 6)).append(" ALEPH when the old program is forgotten");
        }
        if (CostEstimate.NODE.equals(source)) {
            w.append(" (the node's prices)");
        }
        return new CostEstimate(type, t.holdRequired().add(t.holdExempt()), released, t.creditsPerSecond(), holdOk && creditOk,
                w.toString(), t.creditsPerSecond().signum() == 0 ? BigDecimal.ZERO : creditsForADay, runway, t.lines(), source, t);
    }

    /** "12 days", "5 hours". */
    public static String runwayWords(BigDecimal hours) {
        if (hours == null) {
            return "for ever";
        }
        if (hours.compareTo(BigDecimal.valueOf(48)) >= 0) {
            return down(hours.divide(BigDecimal.valueOf(24), 1, RoundingMode.FLOOR), 1) + " days";
        }
        return down(hours, 1) + " hours";
    }

    static String up(BigDecimal v, int scale) {
        return format(v.setScale(scale, RoundingMode.CEILING), scale);
    }

    static String down(BigDecimal v, int scale) {
        return format(v.setScale(scale, RoundingMode.FLOOR), scale);
    }

    private static String format(BigDecimal v, int scale) {
        DecimalFormat f = new DecimalFormat("#,##0" + (scale > 0 ? "." + "#".repeat(scale) : ""), DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(v);
    }
}
