package org.alephdeploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.alephdeploy.message.MessageVerifier;
import org.junit.jupiter.api.Test;

class BenchmarksTest {
    @Test
    void corpusHoldsFullyVerifiedMessagesOfEveryKindTheAppWrites() {
        MessageCorpus corpus = MessageCorpus.build();

        assertThat(corpus.messages()).hasSize(32).allSatisfy(m -> assertThat(MessageVerifier.verify(m).fullyVerified()).isTrue());
        assertThat(corpus.messages()).extracting(m -> m.typeName()).contains("STORE", "PROGRAM", "FORGET", "AGGREGATE", "POST");
        assertThat(corpus.envelopeTexts()).hasSize(32);
        assertThat(MessageCorpus.build().messages()).as("same seed, same bytes").isEqualTo(corpus.messages());
    }

    @Test
    void everyStandardBenchmarkRunsAndCounts() {
        Benchmarks all = Benchmarks.standard();

        assertThat(all.names()).containsExactly("eth-recover", "eth-sign", "message-parse-hash");
        for (String name : all.names()) {
            Benchmark b = all.create(name).orElseThrow();
            Figures f = b.run(Duration.ofMillis(50));
            assertThat(b.name()).isEqualTo(name);
            assertThat(f.name()).isEqualTo(name);
            assertThat(f.operations()).as(name).isPositive();
            assertThat(f.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
            assertThat(f.opsPerSecond()).isPositive();
        }
    }

    @Test
    void heavyHarnessesAreOnlyInTheTestSourcesRunner() {
        Benchmarks shipped = Benchmarks.standard();
        Benchmarks heavy = HeavyBench.registry(BenchSettings.defaults());

        assertThat(heavy.names()).containsExactly("inventory-cold", "inventory-incremental", "inventory-process", "inventory-tenfold",
                "update-code-100mib", "node-ingest", "node-listing", "node-upload-1gib", "squashfs-1gib",
                "window-first-frame", "window-inventory-stall", "rehearse-copy");
        assertThat(shipped.names()).doesNotContainAnyElementsOf(heavy.names());
        assertThat(heavy.create("node-upload-1gib").orElseThrow().description()).contains("1024 MiB").contains("-Xmx64m");
        assertThat(heavy.create("squashfs-1gib").orElseThrow().description()).contains("mksquashfs").contains("-Xmx64m");
    }

    @Test
    void registryRefusesDuplicatesAndUnknownNames() {
        Benchmarks all = Benchmarks.standard();

        assertThat(all.create("nope")).isEmpty();
        assertThatThrownBy(() -> all.register("eth-sign", () -> null)).hasMessageContaining("already registered");
    }

    @Test
    void figuresComputeOpsPerSecond() {
        assertThat(new Figures("x", "d", 500, Duration.ofMillis(250)).opsPerSecond()).isEqualTo(2000.0);
        assertThat(new Figures("x", "d", 5, Duration.ZERO).opsPerSecond()).isZero();
        assertThat(new Figures("x", "d", 5, Duration.ZERO).details()).isEmpty();
    }
}
