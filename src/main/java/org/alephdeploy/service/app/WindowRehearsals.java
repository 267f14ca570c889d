package org.alephdeploy.service.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.alephdeploy.service.engine.Rehearsals;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;
import org.alephdeploy.service.rehearse.Rehearsal;

/**
 * The window's rehearsals: from the network it shows now into its local sandbox (the one the
 * node menu starts), remembering what was copied under {@code stateDir} and, for the session, the
 * file size cap last used. Not offered while the window shows the sandbox itself.
 */
public final class WindowRehearsals implements Rehearsals {
    private final NodeConnection nodes;
    private final NetworkEngines engines;
    private final Path stateDir;
    private volatile long maxFileSize = DEFAULT_MAX_FILE_SIZE;

    /** @param stateDir where what was copied is remembered (the command line uses {@code <data>/rehearse} too) */
    public WindowRehearsals(NodeConnection nodes, NetworkEngines engines, Path stateDir) {
        this.nodes = Objects.requireNonNull(nodes);
        this.engines = Objects.requireNonNull(engines);
        this.stateDir = Objects.requireNonNull(stateDir);
    }

    @Override
    public Optional<String> realNetwork() {
        NodeChoice now = nodes.current().choice();
        return now.kind() == NodeChoice.Kind.SANDBOX ? Optional.empty() : Optional.of(now.networkId());
    }

    @Override
    public Rehearsal open() throws IOException {
        NodeChoice real = nodes.current().choice();
        if (real.kind() == NodeChoice.Kind.SANDBOX) {
            throw new IllegalStateException("The window shows the local sandbox: a rehearsal copies from a real network. "
                    + "Choose that network in the node menu, then rehearse again.");
        }
        String sandboxUrl = nodes.sandbox().start();
        return new Rehearsal(engines.of(real), engines.of(NodeChoice.sandbox()), sandboxUrl, stateDir);
    }

    @Override
    public long maxFileSize() {
        return maxFileSize;
    }

    @Override
    public void rememberMaxFileSize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("A file size cap is 0 or more bytes, not " + bytes + ".");
        }
        maxFileSize = bytes;
    }
}
