package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.alephdeploy.deploy.pack.FolderTree;
import org.alephdeploy.deploy.pack.SquashfsWriter;
import org.alephdeploy.message.Json;

/**
 * The writer side of {@link SquashfsBenchmark}, run in its own small-heap JVM:
 * {@code SquashfsChild <folder> <image>} scans the folder, writes the image and prints one line
 * {@value #RESULT_PREFIX}{json} with the time taken and the heap it needed.
 */
public final class SquashfsChild {
    public static final String RESULT_PREFIX = "SQUASHFS-RESULT ";

    private SquashfsChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SquashfsChild <folder> <image>");
            System.exit(2);
        }
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        Runnable sample = () -> peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        sampler.scheduleAtFixedRate(sample, 0, 5, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        FolderTree tree = FolderTree.scan(Path.of(args[0]));
        long scanned = System.nanoTime();
        SquashfsWriter.write(tree, Path.of(args[1]));
        long end = System.nanoTime();
        sampler.shutdownNow();
        sample.run();
        ObjectNode out = Json.object();
        out.put("scan_seconds", (scanned - start) / 1e9);
        out.put("total_seconds", (end - start) / 1e9);
        out.put("image_bytes", Files.size(Path.of(args[1])));
        out.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        out.put("peak_heap_sampled_bytes", peak.get());
        System.out.println(RESULT_PREFIX + Json.compact(out));
    }
}
