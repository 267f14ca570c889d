package org.alephdeploy.service.node;

import java.io.IOException;
import java.nio.file.Path;
import org.alephdeploy.sandbox.SandboxNode;
import org.alephdeploy.sandbox.SandboxOptions;
import org.alephdeploy.sandbox.Seed;

/**
 * The in-process sandbox node behind the "Local sandbox" network: started on first use in its
 * data directory with the demo seed (funded public test accounts, demo programs and volumes;
 * seeding again finds every demo message already there), stopped when the app closes. It is also
 * the local compute node: programs run at {@code /vm/<hash>/} (opt-in on the command line, on here:
 * the node listens on loopback for this app only), so a change can be tried before it is made for real.
 * Thread-safe; {@link #start()} blocks while the node opens its store and seeds (a second or two).
 */
public final class LocalSandbox implements AutoCloseable {
    private final Path dataDir;
    private SandboxNode node;

    public LocalSandbox(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts the node unless it runs already; returns its base URL. */
    public synchronized String start() throws IOException {
        if (node == null) {
            node = SandboxNode.start(SandboxOptions.builder(dataDir).seed(Seed.DEMO).build());
            node.computeNode().runPrograms(true);
        }
        return node.url();
    }

    public synchronized boolean isRunning() {
        return node != null;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (node != null) {
            node.close();
            node = null;
        }
    }
}
