package org.alephdeploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.PostResult;
import org.alephdeploy.ccn.UploadResult;
import org.alephdeploy.message.Message;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;

/**
 * A sandbox node in this JVM on 127.0.0.1 (no balance checks, so the benchmarks measure the rules
 * and the store, not the pricing) and a client talking to it over HTTP.
 */
final class BenchNode implements AutoCloseable {
    private final SandboxNode node;
    private final CcnClient client;

    private BenchNode(SandboxNode node, CcnClient client) {
        this.node = node;
        this.client = client;
    }

    static BenchNode start(Path dataDir, long maxFileSize) {
        SandboxNode node;
        try {
            node = SandboxNode.start(SandboxOptions.builder(dataDir).free().maxFileSize(maxFileSize).build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a sandbox node in " + dataDir + ": " + e.getMessage(), e);
        }
        CcnClient client = CcnClient.builder().node(node.url()).readTimeout(Duration.ofMinutes(5))
                .writeTimeout(Duration.ofMinutes(5)).userAgent("AlephDeploy-bench").build();
        return new BenchNode(node, client);
    }

    static BenchNode start(Path dataDir) {
        return start(dataDir, SandboxOptions.DEFAULT_MAX_FILE_SIZE);
    }

    SandboxNode node() {
        return node;
    }

    CcnClient client() {
        return client;
    }

    String url() {
        return node.url();
    }

    /** Posts with {@code sync: true}; anything but "processed" is a benchmark failure. */
    void postProcessed(Message m) {
        PostResult r = client.postMessage(m, true);
        if (r.httpStatus() != 200) {
            throw new IllegalStateException("the sandbox did not process " + m.typeName() + " " + m.itemHash() + ": HTTP "
                    + r.httpStatus() + ", status " + r.messageStatus() + " — the benchmark's messages are built to be valid,"
                    + " so this is a sandbox or benchmark defect");
        }
    }

    /** Uploads small bytes without a message (a grace-pinned file that STORE messages can then pin). */
    String uploadSmallFile(Path scratchDir, String text) {
        try {
            Path f = Files.createTempFile(scratchDir, "bench-file-", ".txt");
            Files.writeString(f, text);
            UploadResult r = client.addFile(f, null, false, null, null);
            Files.delete(f);
            return r.fileHash();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        node.close();
    }
}
