package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.Json;
import java.io.File;

/**
 * Packs a generated 1 GiB folder of mixed files into a squashfs image with our writer
 * ({@code SquashfsWriter}, in a child JVM limited to {@code -Xmx64m}, which reports its peak heap),
 * then with {@code mksquashfs DIR IMG -comp gzip -noappend} on the same folder when it is
 * installed, side by side; our image is checked with {@code unsquashfs -stat}. The folder is kept
 * under the bench data directory (generation is deterministic) and reused by the next run.
 */
public final class SquashfsBenchmark implements Benchmark {
    public static final String NAME = "squashfs-1gib";
    private static final long MIB = 1024 * 1024;
    private static final String CHILD_HEAP = "64m";
    private static final String FOLDER_VERSION = "v1";

    private final Path parent;
    private final boolean keepImages;

    public SquashfsBenchmark(Path parent, boolean keepImages) {
        this.parent = parent;
        this.keepImages = keepImages;
    }

    public static SquashfsBenchmark standard(BenchSettings settings) {
        return new SquashfsBenchmark(settings.dataDir(), settings.keepFiles());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "SquashfsWriter (gzip, 128 KiB blocks) of a 1 GiB folder of mixed files in a -Xmx" + CHILD_HEAP
                + " JVM, next to mksquashfs -comp gzip on the same folder";
    }

    @Override
    public Figures run(Duration ignored) {
        try {
            Path folder = parent.resolve("squashfs-folder-" + FOLDER_VERSION);
            long generateStart = System.nanoTime();
            long bytes = generate(folder);
            double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
            Path ours = parent.resolve("squashfs-ours.img");
            Path theirs = parent.resolve("squashfs-mksquashfs.img");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("folder_mib", round1(bytes / (double) MIB));
            details.put("folder_files", countFiles(folder));
            details.put("generate_seconds", round1(generateSeconds));

            JsonNode child = runChild(folder, ours);
            double oursSeconds = child.path("total_seconds").asDouble();
            details.put("ours_seconds", round1(oursSeconds));
            details.put("ours_mib_per_second", round1(bytes / (double) MIB / oursSeconds));
            details.put("ours_image_mib", round1(child.path("image_bytes").asLong() / (double) MIB));
            details.put("ours_peak_heap_sampled_mib", round1(child.path("peak_heap_sampled_bytes").asLong() / (double) MIB));
            details.put("ours_max_heap_mib", round1(child.path("max_heap_bytes").asLong() / (double) MIB));
            details.put("ours_unsquashfs_stat", tool("unsquashfs") ? (exec(List.of("unsquashfs", "-stat", ours.toString())) == 0
                    ? "ok" : "FAILED") : "unsquashfs not installed");

            if (tool("mksquashfs")) {
                long start = System.nanoTime();
                int exit = exec(List.of("mksquashfs", folder.toString(), theirs.toString(), "-comp", "gzip", "-noappend",
                        "-no-progress", "-quiet"));
                double seconds = (System.nanoTime() - start) / 1e9;
                details.put("mksquashfs_seconds", exit == 0 ? round1(seconds) : "failed (exit " + exit + ")");
                details.put("mksquashfs_image_mib", round1(Files.size(theirs) / (double) MIB));
            } else {
                details.put("mksquashfs_seconds", "skipped: mksquashfs not installed");
            }
            if (!keepImages) {
                Files.deleteIfExists(ours);
                Files.deleteIfExists(theirs);
            }
            return new Figures(NAME, description(), bytes, Duration.ofNanos(Math.round(oursSeconds * 1e9)), details);
        } catch (IOException e) {
            throw new IllegalStateException("The squashfs benchmark failed: " + e.getMessage(), e);
        }
    }

    /**
     * The folder, written once (a {@code .complete} file beside it says it is whole): 20,000 small text
     * files in 200 folders, 200 medium files of 1 MiB (half text, half random), two random 256 MiB
     * files and one compressible ≈ 215 MiB log, ≈ 1 GiB in all. Returns its size in bytes.
     */
    static long generate(Path folder) throws IOException {
        Path marker = folder.resolveSibling(folder.getFileName() + ".complete");
        if (!Files.exists(marker)) {
            Files.createDirectories(folder);
            Random random = new Random(42);
            for (int d = 0; d < 200; d++) {
                Path dir = Files.createDirectories(folder.resolve(String.format("src/pkg%03d", d)));
                for (int f = 0; f < 100; f++) {
                    Files.writeString(dir.resolve(String.format("module%03d.py", f)), text(random, 1024 + random.nextInt(7 * 1024)));
                }
            }
            Path medium = Files.createDirectories(folder.resolve("assets"));
            for (int i = 0; i < 200; i++) {
                byte[] b = i % 2 == 0 ? text(random, (int) MIB).getBytes(StandardCharsets.UTF_8) : randomBytes(random, (int) MIB);
                Files.write(medium.resolve(String.format("asset%03d.bin", i)), b);
            }
            Path large = Files.createDirectories(folder.resolve("large"));
            for (int i = 0; i < 2; i++) {
                try (OutputStream out = Files.newOutputStream(large.resolve("random" + i + ".bin"))) {
                    for (int m = 0; m < 256; m++) {
                        out.write(randomBytes(random, (int) MIB));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(large.resolve("server.log"))) {
                for (int m = 0; m < 215; m++) {
                    out.write(text(random, (int) MIB).getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.writeString(marker, "");
        }
        long[] total = {0};
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> total[0] += p.toFile().length());
        }
        return total[0];
    }

    private static final String[] WORDS = {"def", "return", "self", "value", "import", "request", "response", "status",
        "error", "print", "for", "in", "range", "if", "else", "None", "True", "data", "json", "user", "id", "name"};

    private static String text(Random random, int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? '\n' : ' ');
        }
        sb.setLength(length);
        return sb.toString();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static long countFiles(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static JsonNode runChild(Path folder, Path image) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java");
        Path stdout = Files.createTempFile("squashfs-child-", ".out");
        try {
            List<String> command = List.of(java.toString(), "-Xmx" + CHILD_HEAP, "-cp", System.getProperty("java.class.path"),
                    SquashfsChild.class.getName(), folder.toString(), image.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stdout.toFile()).start();
            if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("the writer's JVM failed: " + Files.readString(stdout));
            }
            for (String line : Files.readAllLines(stdout)) {
                if (line.startsWith(SquashfsChild.RESULT_PREFIX)) {
                    return Json.parse(line.substring(SquashfsChild.RESULT_PREFIX.length()));
                }
            }
            throw new IOException("the writer's JVM printed no result: " + Files.readString(stdout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(stdout);
        }
    }

    private static boolean tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    private static int exec(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
