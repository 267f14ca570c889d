package org.alephdeploy.sandbox.rules;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.alephdeploy.sandbox.store.Balances;

/**
 * Who has money on the sandbox: only the seeded accounts (the default), every address the same
 * amount ({@link #everyone}), or nobody is checked at all ({@link #free}).
 */
public record BalanceMode(Kind kind, BigDecimal amount) {
    /** The three policies. */
    public enum Kind { SEEDED, EVERYONE, FREE }

    public static final BigDecimal CREDITS_PER_ALEPH = new BigDecimal(1000);
    public static final BigDecimal SEED_ALEPH = new BigDecimal(1_000_000);
    public static final long SEED_CREDITS = 1_000_000_000L;

    public static BalanceMode seeded() {
        return new BalanceMode(Kind.SEEDED, BigDecimal.ZERO);
    }

    /** Every address holds {@code aleph} ALEPH and {@code aleph × 1000} credits. */
    public static BalanceMode everyone(BigDecimal aleph) {
        if (aleph.signum() < 0) {
            throw new IllegalArgumentException("a balance cannot be negative");
        }
        return new BalanceMode(Kind.EVERYONE, aleph);
    }

    public static BalanceMode free() {
        return new BalanceMode(Kind.FREE, BigDecimal.ZERO);
    }

    public boolean checks() {
        return kind != Kind.FREE;
    }

    /** The balance an address has under this policy (seeded rows win). */
    public Balances.Account account(Connection c, String address) throws SQLException {
        var row = Balances.get(c, address);
        if (row.isPresent()) {
            return row.get();
        }
        return switch (kind) {
            case SEEDED -> new Balances.Account(address, BigDecimal.ZERO, 0);
            case EVERYONE -> new Balances.Account(address, amount, amount.multiply(CREDITS_PER_ALEPH).longValue());
            case FREE -> new Balances.Account(address, SEED_ALEPH, SEED_CREDITS);
        };
    }
}
