package org.alephdeploy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The named benchmarks, in run order. Each is built only when it runs, so a benchmark that needs
 * expensive set-up (a sandbox node, a large inventory) costs nothing when it is not selected.
 */
public final class Benchmarks {
    private final Map<String, Supplier<Benchmark>> byName = new LinkedHashMap<>();

    /** The project's benchmarks; add new ones here with {@link #register}. */
    public static Benchmarks standard() {
        Benchmarks all = new Benchmarks();
        Supplier<MessageCorpus> corpus = memoized(MessageCorpus::build);
        all.register("eth-recover", () -> new EthRecoverBenchmark(corpus.get()));
        all.register("eth-sign", () -> new EthSignBenchmark(corpus.get()));
        all.register("message-parse-hash", () -> new MessageParseHashBenchmark(corpus.get()));
        all.register("inventory-cold", () -> new InventoryBenchmark(true));
        all.register("inventory-incremental", () -> new InventoryBenchmark(false));
        all.register("update-code-100mib", UpdateCodeBenchmark::new);
        return all;
    }

    public Benchmarks register(String name, Supplier<Benchmark> factory) {
        if (byName.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("a benchmark named " + name + " is already registered");
        }
        return this;
    }

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
