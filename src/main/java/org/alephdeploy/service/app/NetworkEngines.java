package org.alephdeploy.service.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.run.RunSettings;
import org.alephdeploy.service.node.NodeChoice;
import org.alephdeploy.service.node.NodeConnection;

/**
 * One {@link Engine} per network the window has used, made on first use from the connection's
 * client for that network and kept: the journal and the inventory cache are shared with the
 * command line (same data and cache directories, same network names). Making an engine contacts
 * no node. Thread-safe.
 */
public final class NetworkEngines {
    private final NodeConnection nodes;
    private final Path dataDir;
    private final Path cacheDir;
    private final Map<String, Engine> engines = new HashMap<>();

    public NetworkEngines(NodeConnection nodes, Path dataDir, Path cacheDir) {
        this.nodes = Objects.requireNonNull(nodes);
        this.dataDir = Objects.requireNonNull(dataDir);
        this.cacheDir = Objects.requireNonNull(cacheDir);
    }

    /** The engine of the node in use now. */
    public Engine current() {
        return engineFor(nodes.current());
    }

    /**
     * The engine of {@code choice}. The window connects before it loads, so {@code choice} is the
     * current node; an engine made earlier for it is reused even after the user moved on.
     *
     * @throws IllegalStateException when {@code choice} was never connected
     */
    public Engine of(NodeChoice choice) {
        NodeConnection.Current now = nodes.current();
        if (now.choice().equals(choice)) {
            return engineFor(now);
        }
        synchronized (this) {
            Engine known = engines.get(choice.networkId());
            if (known == null) {
                throw new IllegalStateException("not connected to " + choice.networkId() + " yet");
            }
            return known;
        }
    }

    private synchronized Engine engineFor(NodeConnection.Current now) {
        String network = now.choice().networkId();
        Engine known = engines.get(network);
        // the sandbox gets a new port when it starts again: its engine follows the new client
        if (known == null || known.client() != now.client()) {
            RunSettings waits = now.choice().kind() == NodeChoice.Kind.SANDBOX ? RunSettings.quick() : RunSettings.defaults();
            known = Engine.builder(now.client(), network, dataDir, cacheDir).runSettings(waits).build();
            engines.put(network, known);
        }
        return known;
    }
}
