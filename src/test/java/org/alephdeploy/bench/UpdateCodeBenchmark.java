package org.alephdeploy.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.alephdeploy.ccn.Cancellation;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.run.RunListener;
import org.alephdeploy.message.ContentWriter;
import org.alephdeploy.message.ItemHashes;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Json;
import org.alephdeploy.message.Message;
import org.alephdeploy.message.MessageType;
import org.alephdeploy.message.Payment;
import org.alephdeploy.sandbox.BaseSeed;
import java.nio.charset.StandardCharsets;

/**
 * Measure, plan and apply an update-code with a new 100 MiB squashfs archive (a revision of the program's
 * code STORE) on an in-process sandbox over HTTP, through the journal, to the verified end; reports
 * the upload step's share of the time.
 */
final class UpdateCodeBenchmark implements Benchmark {
    private static final int MIB = 1024 * 1024;
    private static final int SIZE_MIB = 100;

    @Override
    public String name() {
        return "update-code-100mib";
    }

    @Override
    public String description() {
        return "measure + plan + apply of update-code with a " + SIZE_MIB + " MiB archive (in-process sandbox over HTTP)";
    }

    @Override
    public Figures run(Duration duration) {
        try (SandboxBench node = new SandboxBench()) {
            String address = SandboxBench.KEY.address();
            String program = seed(node);
            Engine engine = node.engine("engine");
            long total = 0;
            long upload = 0;
            int count = 0;
            long deadline = System.nanoTime() + duration.toNanos();
            do {
                Path archive = archive(node.dir.resolve("archive-" + count + ".squashfs"), count);
                StepClock clock = new StepClock();
                long start = System.nanoTime();
                LocalArtifact art = Engine.measure(archive, FolderUse.CODE);
                PlanResult r = engine.plan(new Intent.UpdateCode(program, art), address, address);
                if (r instanceof Refusal f) {
                    throw new IllegalStateException("the benchmark's plan was refused: " + f.reason());
                }
                RunOutcome o = engine.apply((Plan) r, address, SandboxBench.KEY, clock, Cancellation.NONE);
                total += System.nanoTime() - start;
                if (!o.ok()) {
                    throw new IllegalStateException("the benchmark's run did not finish: " + o.words());
                }
                upload += clock.uploadNanos;
                count++;
                Files.deleteIfExists(archive);
            } while (System.nanoTime() < deadline);
            String words = String.format(Locale.ROOT, "%s; %.0f ms per update, upload step %.0f%% of it (%.0f MiB/s)",
                    description(), total / 1e6 / count, 100.0 * upload / total, SIZE_MIB * count / (upload / 1e9));
            return new Figures(name(), words, count, Duration.ofNanos(total));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A code STORE and a program whose code follows its latest revision. */
    private static String seed(SandboxBench node) throws IOException {
        byte[] code = "hsqs bench code v1".getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(node.dir.resolve("code-v1.squashfs"), code);
        long now = System.currentTimeMillis() - 60_000;
        Message store = SandboxBench.sign(SandboxBench.KEY, MessageType.STORE, ContentWriter.store(SandboxBench.KEY.address(),
                SandboxBench.seconds(now), ItemType.STORAGE, ItemHashes.sha256Hex(code), null, null,
                new Payment("ETH", null, Payment.HOLD)));
        node.client.addFile(f, store, false, null, null);
        ObjectNode c = Json.object();
        c.put("address", SandboxBench.KEY.address());
        c.put("time", SandboxBench.seconds(now + 1));
        c.put("allow_amend", true);
        c.putObject("metadata").put("name", "bench-update-code");
        c.putArray("authorized_keys");
        c.putObject("variables");
        c.putObject("resources").put("vcpus", 1).put("memory", 128).put("seconds", 30);
        c.set("payment", new Payment("ETH", null, Payment.HOLD).toJson());
        c.putArray("volumes");
        c.putObject("code").put("encoding", "squashfs").put("entrypoint", "main:app").put("ref", store.itemHash()).put("use_latest", true);
        c.putObject("runtime").put("ref", BaseSeed.RUNTIME_HASH).put("use_latest", true).put("comment", "runtime");
        c.putObject("on").put("http", true);
        Message program = SandboxBench.sign(SandboxBench.KEY, MessageType.PROGRAM, ContentWriter.canonicalProgram(c));
        node.postAll(List.of(store, program));
        return program.itemHash();
    }

    private static Path archive(Path p, int seed) throws IOException {
        byte[] block = new byte[MIB];
        Random r = new Random(seed);
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(new byte[] {'h', 's', 'q', 's'});
            for (int i = 0; i < SIZE_MIB - 1; i++) {
                r.nextBytes(block);
                out.write(block);
            }
            out.write(block, 0, MIB - 4);
        }
        return p;
    }

    /** Times the upload step: from its start to the start of the next step. */
    private static final class StepClock implements RunListener {
        private long uploadStart;
        private long uploadNanos;
        private boolean inUpload;

        @Override
        public void step(int index, int count, String words) {
            long now = System.nanoTime();
            if (inUpload) {
                uploadNanos += now - uploadStart;
                inUpload = false;
            }
            if (words.startsWith("upload ")) {
                inUpload = true;
                uploadStart = now;
            }
        }
    }
}
