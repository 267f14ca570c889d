package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.KeyPairSigner;
import org.alephdeploy.message.Message;
import org.alephdeploy.sandbox.SandboxOptions;
import java.nio.file.StandardCopyOption;

/**
 * A large file through {@code POST /api/v0/storage/add_file} with a signed STORE message
 * ({@code sync: true}) to a sandbox node in this JVM (its upload limit raised to fit): first by
 * {@link CcnClient#addFile} in a child JVM limited to a small heap ({@link UploadChild}, which
 * reports its throughput and peak heap), then by {@code curl -F} with the same file and a fresh
 * signed message, for a side-by-side figure. The file (random bytes from a fixed seed) is
 * generated under the bench data directory and deleted afterwards unless kept; the node's
 * temporary data directory is always deleted.
 *
 * @see org.alephdeploy.ccn.CcnClient#addFile
 */
public final class NodeUploadBenchmark implements Benchmark {
    public static final String NAME = "node-upload-1gib";
    static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;
    private static final long ORIGIN = 1_767_300_000L;
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(30);

    private final long size;
    private final String childHeap;
    private final Path parent;
    private final boolean keepFile;
    private final String curl;

    /**
     * @param size      file size in bytes
     * @param childHeap the child JVM's {@code -Xmx} value, e.g. {@code 64m}
     * @param curl      the curl command to compare with (looked up on PATH), or null to skip it
     */
    public NodeUploadBenchmark(long size, String childHeap, Path parent, boolean keepFile, String curl) {
        if (size < 1 || size > SandboxOptions.MAX_MAX_FILE_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + SandboxOptions.MAX_MAX_FILE_SIZE);
        }
        this.size = size;
        this.childHeap = childHeap;
        this.parent = parent;
        this.keepFile = keepFile;
        this.curl = curl;
    }

    static NodeUploadBenchmark standard(BenchSettings settings) {
        return new NodeUploadBenchmark(GIB, "64m", settings.dataDir(), settings.keepFiles(), "curl");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "add_file of a " + String.format(Locale.ROOT, "%.0f", mib(size)) + " MiB file + signed STORE (sync) by CcnClient in a -Xmx" + childHeap
                + " JVM; ops = bytes";
    }

    /** The generated file's path (kept between runs only when asked). */
    public Path file() {
        return parent.resolve("upload-" + size + ".bin");
    }

    /** Fixed work: {@code duration} is not used. */
    @Override
    public Figures run(Duration duration) {
        Map<String, Object> details = new LinkedHashMap<>();
        Path file = file();
        Path dir = BenchFiles.tempDirectory(parent, "node-upload-");
        try {
            long genStart = System.nanoTime();
            boolean generated = generate(file);
            details.put("file", generated ? "generated " + file + " in " + seconds(System.nanoTime() - genStart) + " s"
                    : "reused " + file);
            String fileHash = sha256(file);
            KeyPairSigner signer = BenchMessages.signer(11_000);
            BenchMessages make = new BenchMessages(ORIGIN);
            long limit = Math.max(SandboxOptions.DEFAULT_MAX_FILE_SIZE, size);
            try (BenchNode node = BenchNode.start(dir.resolve("node"), limit)) {
                details.put("node_max_file_size", limit);
                Path messageFile = dir.resolve("store-message.json");
                Files.writeString(messageFile, make.store(signer, fileHash, null, "bench upload (client)").toWireJson());
                JsonNode child = runChild(node.url(), file, messageFile, dir);
                double uploadSeconds = child.path("upload_seconds").asDouble();
                details.put("client_upload_seconds", round3(uploadSeconds));
                details.put("client_mib_per_second", round1(mib(size) / uploadSeconds));
                details.put("client_hash_and_check_seconds", round3(child.path("hash_and_check_seconds").asDouble()));
                details.put("client_total_seconds", round3(child.path("total_seconds").asDouble()));
                details.put("client_max_heap_mib", round1(child.path("max_heap_bytes").asLong() / (double) MIB));
                details.put("client_peak_heap_sampled_mib", round1(child.path("peak_heap_sampled_bytes").asLong() / (double) MIB));
                details.put("client_peak_heap_pools_sum_mib", round1(child.path("peak_heap_pools_bytes").asLong() / (double) MIB));
                Message second = make.store(signer, fileHash, null, "bench upload (curl)");
                curlUpload(node.url(), file, second, fileHash, dir, details);
                return new Figures(NAME, description(), size, Duration.ofNanos(Math.round(uploadSeconds * 1e9)), details);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload benchmark failed: " + e.getMessage(), e);
        } finally {
            BenchFiles.deleteTree(dir);
            if (!keepFile) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    details.put("cleanup", "could not delete " + file + ": " + e.getMessage());
                }
            }
        }
    }

    /** Writes {@code size} random bytes (fixed seed) unless a file of that size is already there. */
    private boolean generate(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return false;
        }
        BenchFiles.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        SplittableRandom random = new SplittableRandom(size);
        ByteBuffer buffer = ByteBuffer.allocate((int) MIB);
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            long left = size;
            while (left > 0) {
                buffer.clear();
                while (buffer.remaining() >= Long.BYTES) {
                    buffer.putLong(random.nextLong());
                }
                buffer.flip();
                buffer.limit((int) Math.min(buffer.limit(), left));
                while (buffer.hasRemaining()) {
                    left -= out.write(buffer);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = ItemHashes.sha256();
        byte[] buffer = new byte[(int) MIB];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private JsonNode runChild(String url, Path file, Path messageFile, Path dir) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("cannot start the client JVM: " + java + " is missing (this runtime has no"
                    + " java launcher). Run the benchmark from a JDK, e.g. java -cp <classes> org.alephdeploy.app.Launcher bench.");
        }
        Path stderr = dir.resolve("child-stderr.txt");
        List<String> command = List.of(java.toString(), "-Xmx" + childHeap, "-cp", System.getProperty("java.class.path"),
                UploadChild.class.getName(), url, file.toAbsolutePath().toString(), messageFile.toString());
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code;
        try {
            if (!p.waitFor(CHILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the upload client JVM did not finish in " + CHILD_TIMEOUT);
            }
            code = p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the upload client JVM ran", e);
        }
        String result = out.lines().filter(l -> l.startsWith(UploadChild.RESULT_PREFIX)).findFirst().orElse(null);
        if (code != 0 || result == null) {
            throw new IllegalStateException("the upload client JVM (-Xmx" + childHeap + ") failed with exit code " + code
                    + ": " + tail(stderr) + (result == null ? "" : " " + result));
        }
        return Json.parse(result.substring(UploadChild.RESULT_PREFIX.length()));
    }

    /** The same upload with curl; fills the curl figures, or says why there are none. */
    private void curlUpload(String url, Path file, Message store, String fileHash, Path dir, Map<String, Object> details)
            throws IOException {
        if (curl == null) {
            details.put("curl", "skipped: no curl command configured");
            return;
        }
        if (!commandWorks(curl)) {
            details.put("curl", "skipped: '" + curl + "' is not on PATH; install curl to see the side-by-side figure");
            return;
        }
        ObjectNode metadata = Json.object();
        metadata.set("message", store.toWire());
        metadata.put("sync", true);
        Path metadataFile = dir.resolve("curl-metadata.json");
        Files.writeString(metadataFile, Json.compact(metadata));
        Path answer = dir.resolve("curl-answer.json");
        List<String> command = new ArrayList<>(List.of(curl, "-sS", "-o", answer.toString(), "-w",
                "%{http_code} %{time_total} %{time_starttransfer} %{size_upload}",
                "-F", "metadata=<" + metadataFile + ";type=application/json",
                "-F", "file=@" + file.toAbsolutePath() + ";type=application/octet-stream",
                url + "/api/v0/storage/add_file"));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("curl-stderr.txt").toFile()).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!p.waitFor(CHILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("curl did not finish in " + CHILD_TIMEOUT);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while curl ran", e);
        }
        String[] parts = out.split(" ");
        JsonNode body = Files.exists(answer) ? parseOrNull(Files.readString(answer)) : null;
        if (p.exitValue() != 0 || parts.length != 4 || !parts[0].equals("200") || body == null
                || !fileHash.equals(body.path("hash").asText())) {
            throw new IllegalStateException("curl's upload failed (exit " + p.exitValue() + ", '" + out + "'): "
                    + tail(dir.resolve("curl-stderr.txt")) + " " + (body == null ? "" : body));
        }
        double seconds = Double.parseDouble(parts[1]);
        details.put("curl_upload_seconds", round3(seconds));
        details.put("curl_mib_per_second", round1(Double.parseDouble(parts[3]) / MIB / seconds));
        details.put("curl_bytes_sent", Long.parseLong(parts[3]));
    }

    private static boolean commandWorks(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode parseOrNull(String text) {
        try {
            return Json.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file).strip() : "";
            return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }

    private static double mib(long bytes) {
        return bytes / (double) MIB;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
