package org.alephdeploy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The named benchmarks, in run order. Each is built only when it runs, so a benchmark that needs
 * expensive set-up costs nothing when it is not selected. {@link #standard()} holds the light ones
 * that ship with the app; the heavy harnesses (sandbox nodes, GiB files) live in the test sources
 * and run through {@code scripts/bench.sh} (docs/adr/0004-benchmarks-out-of-the-jar.md).
 */
public final class Benchmarks {
    private final Map<String, Supplier<Benchmark>> byName = new LinkedHashMap<>();

    /** The benchmarks {@code aleph-deploy bench} runs; add new light ones here with {@link #register}. */
    public static Benchmarks standard() {
        Benchmarks all = new Benchmarks();
        Supplier<MessageCorpus> corpus = memoized(MessageCorpus::build);
        all.register("eth-recover", () -> new EthRecoverBenchmark(corpus.get()));
        all.register("eth-sign", () -> new EthSignBenchmark(corpus.get()));
        all.register("message-parse-hash", () -> new MessageParseHashBenchmark(corpus.get()));
        return all;
    }

    public Benchmarks register(String name, Supplier<Benchmark> factory) {
        if (byName.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("a benchmark named " + name + " is already registered");
        }
        return this;
    }

    /** Every registered name, in run order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    public Optional<Benchmark> create(String name) {
        Supplier<Benchmark> factory = byName.get(name);
        return factory == null ? Optional.empty() : Optional.of(factory.get());
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
