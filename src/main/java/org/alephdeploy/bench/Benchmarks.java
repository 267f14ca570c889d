package org.alephdeploy.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The named benchmarks, in run order. Each is built only when it runs, so a benchmark that needs
 * expensive set-up (a sandbox node, a large inventory) costs nothing when it is not selected.
 * Heavy benchmarks (minutes, gigabytes) are registered with {@link #registerHeavy}: a plain
 * {@code bench} leaves them out; they run when named or with {@code --all}.
 */
public final class Benchmarks {
    private final Map<String, Supplier<Benchmark>> byName = new LinkedHashMap<>();
    private final Set<String> heavy = new HashSet<>();

    /** The project's benchmarks with the default {@link BenchSettings}. */
    public static Benchmarks standard() {
        return standard(BenchSettings.defaults());
    }

    /** The project's benchmarks; add new ones here with {@link #register} or {@link #registerHeavy}. */
    public static Benchmarks standard(BenchSettings settings) {
        Benchmarks all = new Benchmarks();
        Supplier<MessageCorpus> corpus = memoized(MessageCorpus::build);
        all.register("eth-recover", () -> new EthRecoverBenchmark(corpus.get()));
        all.register("eth-sign", () -> new EthSignBenchmark(corpus.get()));
        all.register("message-parse-hash", () -> new MessageParseHashBenchmark(corpus.get()));
        all.registerHeavy("inventory-cold", () -> new InventoryBenchmark(true));
        all.registerHeavy("inventory-incremental", () -> new InventoryBenchmark(false));
        all.registerHeavy("update-code-100mib", UpdateCodeBenchmark::new);
        all.registerHeavy(NodeIngestBenchmark.NAME, () -> NodeIngestBenchmark.standard(settings));
        all.registerHeavy(NodeListingBenchmark.NAME, () -> NodeListingBenchmark.standard(settings));
        all.registerHeavy(NodeUploadBenchmark.NAME, () -> NodeUploadBenchmark.standard(settings));
        return all;
    }

    public Benchmarks register(String name, Supplier<Benchmark> factory) {
        if (byName.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("a benchmark named " + name + " is already registered");
        }
        return this;
    }

    /** Registers a benchmark that runs only when named or when everything is asked for. */
    public Benchmarks registerHeavy(String name, Supplier<Benchmark> factory) {
        register(name, factory);
        heavy.add(name);
        return this;
    }

    /** Every registered name, in run order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The names a plain {@code bench} runs: all but the heavy ones. */
    public List<String> defaultNames() {
        List<String> out = names();
        out.removeAll(heavy);
        return out;
    }

    public boolean isHeavy(String name) {
        return heavy.contains(name);
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
