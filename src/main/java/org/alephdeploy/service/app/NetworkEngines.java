package org.alephdeploy.service.app;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * client for that network and kept (the client is the one the connection shares for those URLs): the journal and the inventory cache are shared with the
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
     * The engine of {@code choice}, current or not: a load that finishes after the user moved on
     * still reads the network it was started for. Blocking when it starts the sandbox.
     *
     * @throws UncheckedIOException when the sandbox cannot start
     */
    public Engine of(NodeChoice choice) {
        try {
            return engineFor(nodes.resolve(choice));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
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
