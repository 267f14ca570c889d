package org.alephdeploy.sandbox.rules;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.alephdeploy.sandbox.store.Balances;
import org.alephdeploy.sandbox.store.MessageRow;
import org.alephdeploy.sandbox.store.Messages;

/**
 * Spends credits as time passes: every second, each live credit-paid message costs its credits per
 * second (the network bills hourly; the sandbox settles continuously, whenever an address's balance
 * or costs are read or changed). When the balance no longer covers one day of a message (oldest
 * first, each reserving its day, as the network's credit balance job does), the message turns
 * {@code removing} (reason {@code credit_insufficient}); it turns back to {@code processed} once the
 * credits cover it again. Spent credits never go below zero.
 */
public final class CreditSpending {
    private static final BigDecimal DAY = new BigDecimal(86_400);

    private final BalanceMode mode;
    private final Clock clock;

    public CreditSpending(BalanceMode mode, Clock clock) {
        this.mode = mode;
        this.clock = clock;
    }

    public double now() {
        return clock.millis() / 1000.0;
    }

    /** Charges {@code address} for the seconds since it was last settled, then marks what it can no longer pay. */
    public void settle(Connection c, String address) throws SQLException {
        if (!mode.checks() || address == null) {
            return;
        }
        double now = now();
        Balances.Spending s = Balances.spending(c, address).orElse(new Balances.Spending(BigDecimal.ZERO, now));
        BigDecimal granted = new BigDecimal(mode.granted(c, address).credits());
        double elapsed = Math.max(0, now - s.settledAt());
        BigDecimal spent = s.spent().add(Balances.creditRate(c, address).multiply(BigDecimal.valueOf(elapsed))).min(granted);
        Balances.setSpending(c, address, spent, Math.max(now, s.settledAt()));
        BigDecimal remaining = granted.subtract(spent);
        for (Balances.MessageCost m : Balances.messageCosts(c, address, "credit")) {
            BigDecimal daily = m.credit().multiply(DAY);
            boolean remove = remaining.compareTo(daily) < 0;
            remaining = remaining.subtract(daily).max(BigDecimal.ZERO);
            MessageRow row = Messages.get(c, m.itemHash()).orElse(null);
            if (row == null) {
                continue;
            }
            if (remove && row.is(MessageRow.PROCESSED)) {
                Messages.setStatus(c, m.itemHash(), MessageRow.REMOVING);
            } else if (!remove && row.is(MessageRow.REMOVING)) {
                Messages.setStatus(c, m.itemHash(), MessageRow.PROCESSED);
            }
        }
    }
}
