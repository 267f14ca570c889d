package org.alephdeploy.sandbox.rules;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.alephdeploy.sandbox.store.Balances;
import java.math.RoundingMode;

/**
 * Who has money on the sandbox: the seeded accounts only (the default), amounts set for every
 * address ({@link #everyone}: {@code --balance N} ALEPH and/or {@code --credits N} credits, each
 * replacing the seeds for every address, seeded ones included), or nobody is checked at all
 * ({@link #free}). Credits spent by credit-paid messages are taken off by {@link CreditSpending}.
 *
 * @param aleph ALEPH every address holds, or null for the seeded rows
 * @param credits credits every address holds, or null for the seeded rows
 */
public record BalanceMode(Kind kind, BigDecimal aleph, Long credits) {
    /** The three policies. */
    public enum Kind { SEEDED, EVERYONE, FREE }

    public static final BigDecimal SEED_ALEPH = new BigDecimal(1_000_000);
    public static final long SEED_CREDITS = 1_000_000_000L;

    public static BalanceMode seeded() {
        return new BalanceMode(Kind.SEEDED, null, null);
    }

    /** Every address holds {@code aleph} ALEPH (null: as seeded) and {@code credits} credits (null: as seeded). */
    public static BalanceMode everyone(BigDecimal aleph, Long credits) {
        if (aleph != null && aleph.signum() < 0 || credits != null && credits < 0) {
            throw new IllegalArgumentException("a balance cannot be negative");
        }
        return new BalanceMode(Kind.EVERYONE, aleph, credits);
    }

    public static BalanceMode free() {
        return new BalanceMode(Kind.FREE, null, null);
    }

    public boolean checks() {
        return kind != Kind.FREE;
    }

    /** The balance an address was given (before any credit is spent). */
    public Balances.Account granted(Connection c, String address) throws SQLException {
        if (kind == Kind.FREE) {
            return new Balances.Account(address, SEED_ALEPH, SEED_CREDITS);
        }
        Balances.Account seeded = Balances.get(c, address).orElse(new Balances.Account(address, BigDecimal.ZERO, 0));
        return new Balances.Account(address, aleph != null ? aleph : seeded.balance(),
                credits != null ? credits : seeded.credits());
    }

    /** The balance an address has now: what it was given minus the credits spent (settled by {@link CreditSpending}). */
    public Balances.Account account(Connection c, String address) throws SQLException {
        Balances.Account granted = granted(c, address);
        if (kind == Kind.FREE) {
            return granted;
        }
        BigDecimal spent = Balances.spending(c, address).map(Balances.Spending::spent).orElse(BigDecimal.ZERO);
        BigDecimal left = new BigDecimal(granted.credits()).subtract(spent).max(BigDecimal.ZERO);
        return new Balances.Account(address, granted.balance(), left.setScale(0, RoundingMode.FLOOR).longValueExact());
    }
}
