package org.alephdeploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.alephdeploy.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.File;
import java.util.List;

/** The heavy node benchmarks at tiny sizes: proves they run end to end and report what they claim. */
@Slow
class NodeBenchmarksTest {
    @TempDir
    Path dir;

    @Test
    void ingestProcessesEveryTimedMessageAndMeasuresRecoveriesToo() throws IOException {
        Figures f = new NodeIngestBenchmark(6, 50, dir).run(Duration.ofMillis(100));

        assertThat(f.name()).isEqualTo("node-ingest");
        assertThat(f.operations()).isEqualTo(50);
        assertThat(f.opsPerSecond()).isPositive();
        assertThat(f.details()).containsEntry("messages", 50L).containsEntry("warm_up_messages", 6L);
        assertThat((Double) f.details().get("signature_recoveries_per_second")).isPositive();
        assertThat(entries(dir)).as("the temporary node directory is deleted").isEmpty();
    }

    @Test
    void listingSeedsOnceThenReusesTheCachedNode() {
        NodeListingBenchmark first = new NodeListingBenchmark(20, 50, 200, dir);

        Figures seeded = first.run(Duration.ofMillis(1));

        assertThat(seeded.operations()).isEqualTo(70);
        assertThat(seeded.details().get("seeding").toString()).startsWith("seeded now over HTTP (sync: true").endsWith("270 messages");
        assertThat((Double) seeded.details().get("seed_seconds")).isPositive();
        assertThat((Double) seeded.details().get("median_list_seconds")).isPositive();
        assertThat(first.cacheDir().getFileName().toString()).isEqualTo("node-listing-v1-p20-s50-o200");
        assertThat(first.cacheDir().resolve("seeded")).exists();

        Figures reused = new NodeListingBenchmark(20, 50, 200, dir).run(Duration.ofMillis(1));

        assertThat(reused.operations()).isEqualTo(70);
        assertThat(reused.details().get("seeding").toString()).startsWith("skipped: reused");
        assertThat(reused.details()).containsEntry("seed_seconds", 0.0);
    }

    @Test
    void uploadRunsTheClientInA64MegabyteJvmThenCurlOrSaysWhyNot() throws IOException {
        long size = 8L * 1024 * 1024;
        NodeUploadBenchmark keep = new NodeUploadBenchmark(size, "64m", dir, true, "curl");

        Figures f = keep.run(Duration.ofMillis(1));

        assertThat(f.operations()).isEqualTo(size);
        assertThat(f.opsPerSecond()).isPositive();
        assertThat(f.details().get("file").toString()).startsWith("generated");
        assertThat((Double) f.details().get("client_mib_per_second")).isPositive();
        assertThat((Double) f.details().get("client_max_heap_mib")).isLessThanOrEqualTo(64.0);
        assertThat((Double) f.details().get("client_peak_heap_sampled_mib")).isPositive().isLessThanOrEqualTo(64.0);
        assertThat(f.details()).containsEntry("node_max_file_size", 100L * 1024 * 1024);
        if (commandExists("curl")) {
            assertThat((Double) f.details().get("curl_mib_per_second")).isPositive();
            assertThat((Long) f.details().get("curl_bytes_sent")).isGreaterThan(size);
        } else {
            assertThat(f.details().get("curl").toString()).startsWith("skipped: 'curl' is not on PATH");
        }
        assertThat(keep.file()).as("kept for the next run").hasSize(size);

        Figures again = new NodeUploadBenchmark(size, "64m", dir, false, "no-such-curl-command").run(Duration.ofMillis(1));

        assertThat(again.details().get("file").toString()).startsWith("reused");
        assertThat(again.details().get("curl").toString()).contains("'no-such-curl-command' is not on PATH");
        assertThat(keep.file()).doesNotExist();
        assertThat(entries(dir)).as("no temporary node directory is left").isEmpty();
    }

    private static boolean commandExists(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
