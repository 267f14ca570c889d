package org.alephdeploy.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.alephdeploy.sandbox.rules.BalanceMode;
import org.alephdeploy.sandbox.rules.PendingRetryPolicy;
import java.math.BigDecimal;

/**
 * How to run a sandbox node. Defaults: loopback host, any free port, base seed only, only the seeded
 * accounts funded, no faults, reference (non-strict) rules, the reference node's retry policy
 * (11 attempts, delays up to 300 s), the system clock, sync POSTs waiting up to 30 s, authenticated
 * storage uploads up to the reference node's 100 MiB ({@link #DEFAULT_MAX_FILE_SIZE}).
 */
public record SandboxOptions(String host, int port, Path dataDir, Seed seed, BalanceMode balance, String faults,
        boolean strict, PendingRetryPolicy retry, Clock clock, Duration syncWait, long maxFileSize) {
    /** The reference node's {@code max_file_size}: the largest authenticated {@code /storage/add_file} upload. */
    public static final long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;
    /** Undertow's request cap of the sandbox; a larger {@link #maxFileSize} could never be received. */
    public static final long MAX_MAX_FILE_SIZE = 2L * 1024 * 1024 * 1024 - 2L * 1024 * 1024;

    public SandboxOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(syncWait, "syncWait");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (maxFileSize < 1 || maxFileSize > MAX_MAX_FILE_SIZE) {
            throw new IllegalArgumentException("maxFileSize must be 1.." + MAX_MAX_FILE_SIZE + " bytes");
        }
    }

    /** The options with the reference node's upload limit (the form before {@link #maxFileSize} existed). */
    public SandboxOptions(String host, int port, Path dataDir, Seed seed, BalanceMode balance, String faults,
            boolean strict, PendingRetryPolicy retry, Clock clock, Duration syncWait) {
        this(host, port, dataDir, seed, balance, faults, strict, retry, clock, syncWait, DEFAULT_MAX_FILE_SIZE);
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Builds {@link SandboxOptions}; every setter returns the builder. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private final Path dataDir;
        private Seed seed = Seed.NONE;
        private BalanceMode balance = BalanceMode.seeded();
        private String faults;
        private boolean strict;
        private int retryAttempts = PendingRetryPolicy.REFERENCE.maxAttempts();
        private Duration retryMaxDelay = PendingRetryPolicy.REFERENCE.maxDelay();
        private Clock clock = Clock.systemUTC();
        private Duration syncWait = Duration.ofSeconds(30);
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder seed(Seed seed) {
            this.seed = seed;
            return this;
        }

        /** Every address holds {@code aleph} ALEPH; credits stay as seeded. */
        public Builder balance(long aleph) {
            this.balance = BalanceMode.everyone(BigDecimal.valueOf(aleph), balance.credits());
            return this;
        }

        /** Every address holds {@code credits} credits; ALEPH stays as seeded (or as {@link #balance(long)} set it). */
        public Builder credits(long credits) {
            this.balance = BalanceMode.everyone(balance.aleph(), credits);
            return this;
        }

        public Builder balance(BalanceMode mode) {
            this.balance = mode;
            return this;
        }

        /** No balance checks at all. */
        public Builder free() {
            this.balance = BalanceMode.free();
            return this;
        }

        public Builder faults(String spec) {
            this.faults = spec;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder retryAttempts(int attempts) {
            this.retryAttempts = attempts;
            return this;
        }

        public Builder retryMaxDelay(Duration maxDelay) {
            this.retryMaxDelay = maxDelay;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How long a {@code sync: true} POST waits for a processing outcome (the reference node: 30 s). */
        public Builder syncWait(Duration wait) {
            this.syncWait = wait;
            return this;
        }

        /**
         * The largest authenticated {@code /storage/add_file} upload, also shown by {@code limits.json}
         * (default: the reference node's 100 MiB). Raised by benchmarks that upload 1 GiB; unauthenticated
         * uploads keep their 25 MiB limit.
         */
        public Builder maxFileSize(long bytes) {
            this.maxFileSize = bytes;
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(host, port, dataDir, seed, balance, faults, strict,
                    new PendingRetryPolicy(retryAttempts, retryMaxDelay), clock, syncWait, maxFileSize);
        }
    }
}
