package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.UploadResult;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The client side of {@link NodeUploadBenchmark}, run in its own small-heap JVM:
 * {@code UploadChild <node url> <file> <signed STORE message JSON file>} uploads the file with
 * {@link CcnClient#addFile} ({@code sync: true}) and prints one line {@value #RESULT_PREFIX}{json}
 * with its timings and the heap it needed. Exit code 0 when the node processed the message.
 */
public final class UploadChild {
    public static final String RESULT_PREFIX = "UPLOAD-RESULT ";

    private UploadChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: UploadChild <node url> <file> <signed STORE message JSON file>");
            System.exit(2);
        }
        HeapSampler heap = new HeapSampler();
        heap.start();
        Path file = Path.of(args[1]);
        Message store = Message.parse(Files.readString(Path.of(args[2])));
        long size = Files.size(file);
        AtomicLong firstByte = new AtomicLong();
        try (CcnClient client = CcnClient.builder().node(args[0]).userAgent("AlephDeploy-bench-child").build()) {
            long start = System.nanoTime();
            UploadResult r = client.addFile(file, store, true, (done, total, rate) -> firstByte.compareAndSet(0, System.nanoTime()),
                    null);
            long end = System.nanoTime();
            heap.finish();
            long sendStart = firstByte.get() == 0 ? start : firstByte.get();
            ObjectNode out = Json.object();
            out.put("bytes", size);
            out.put("uploaded", r.uploaded());
            out.put("file_hash", r.fileHash());
            out.put("message_http_status", r.message() == null ? 0 : r.message().httpStatus());
            out.put("hash_and_check_seconds", (sendStart - start) / 1e9);
            out.put("upload_seconds", (end - sendStart) / 1e9);
            out.put("total_seconds", (end - start) / 1e9);
            out.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
            out.put("peak_heap_sampled_bytes", heap.peak());
            out.put("peak_heap_pools_bytes", poolPeaks());
            System.out.println(RESULT_PREFIX + Json.compact(out));
            System.exit(r.uploaded() && r.message() != null && r.message().httpStatus() == 200 ? 0 : 1);
        }
    }

    /** The sum of each heap pool's own peak (an upper bound: the pools may peak at different times). */
    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Samples the used heap every few milliseconds on a scheduler thread and keeps the highest value. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "heap-sampler");
                    t.setDaemon(true);
                    return t;
                });

        void start() {
            scheduler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);
        }

        void finish() {
            scheduler.shutdownNow();
            sample();
        }

        private void sample() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peak() {
            return peak.get();
        }
    }
}
