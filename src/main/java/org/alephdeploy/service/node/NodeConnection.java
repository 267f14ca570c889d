package org.alephdeploy.service.node;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.ccn.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node the app talks to now, as one shared object: services that read or publish take the
 * client from here at the start of each piece of work ({@link #client()}), and listen for
 * switches ({@link #addListener}) to reload what they show.
 *
 * <p>{@link #current()} and {@link #client()} never block and never return null: before the
 * first {@link #connect} the connection points at mainnet (making a client contacts nobody).
 * {@link #connect} and {@link #probe} block (the sandbox starts, the node is asked for its
 * version): call them on a worker thread. Thread-safe. Listeners run on the thread that called
 * {@link #connect}, after the switch.
 *
 * <p>Clients are kept until {@link #close()}, so a task still running on the node the user just
 * left finishes (or fails) on its own client instead of being cut off.
 */
public final class NodeConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeConnection.class);
    private static final Duration PROBE_CONNECT = Duration.ofSeconds(5);
    private static final Duration PROBE_READ = Duration.ofSeconds(10);

    /**
     * The node in use: what the user chose, the base URLs it resolves to (mainnet has two, tried
     * in order), and the client for it.
     */
    public record Current(NodeChoice choice, List<String> urls, CcnClient client) {
        public Current {
            Objects.requireNonNull(choice);
            urls = List.copyOf(urls);
            Objects.requireNonNull(client);
        }

        /** The first base URL, for display. */
        public String url() {
            return urls.get(0);
        }
    }

    private final List<String> mainnetNodes;
    private final LocalSandbox sandbox;
    private final Map<List<String>, Clients> clients = new LinkedHashMap<>();
    private final List<Consumer<Current>> listeners = new CopyOnWriteArrayList<>();
    private volatile Current current;

    /**
     * @param mainnetNodes the base URLs "Aleph mainnet" stands for ({@link CcnClient#MAINNET_NODES}
     *                     in the app; tests pass a loopback node)
     * @param sandbox      the local sandbox, started when first chosen
     */
    public NodeConnection(List<String> mainnetNodes, LocalSandbox sandbox) {
        if (mainnetNodes.isEmpty()) {
            throw new IllegalArgumentException("mainnet needs at least one node URL");
        }
        this.mainnetNodes = List.copyOf(mainnetNodes);
        this.sandbox = sandbox;
        this.current = new Current(NodeChoice.mainnet(), this.mainnetNodes, clientsFor(this.mainnetNodes).main);
    }

    public Current current() {
        return current;
    }

    /** The client of the current node; take it once per piece of work. */
    public CcnClient client() {
        return current.client();
    }

    public LocalSandbox sandbox() {
        return sandbox;
    }

    /** The local compute node when the current node is the sandbox, else empty. */
    public Optional<SandboxVm> sandboxVm() {
        Current now = current;
        return now.choice().kind() == NodeChoice.Kind.SANDBOX ? Optional.of(new SandboxVm(now.url()))
                : Optional.empty();
    }

    /**
     * Switches to {@code choice} (starting the sandbox if needed) and tells the listeners.
     * Choosing the current node again changes nothing and tells no one. Blocking.
     *
     * @throws IOException when the sandbox cannot start (its message says why and what to do)
     */
    public Current connect(NodeChoice choice) throws IOException {
        Current now = current;
        if (now.choice().equals(choice)) {
            return now;
        }
        List<String> urls = urlsOf(choice);
        Current next = new Current(choice, urls, clientsFor(urls).main);
        synchronized (this) {
            current = next;
        }
        LOG.info("node: now {} ({})", choice.networkId(), String.join(", ", urls));
        listeners.forEach(l -> l.accept(next));
        return next;
    }

    /**
     * What {@code choice} resolves to (its URLs and the shared client for them), without switching
     * to it and without telling anyone. Blocking when it starts the sandbox.
     *
     * @throws IOException when the sandbox cannot start
     */
    public Current resolve(NodeChoice choice) throws IOException {
        Current now = current;
        if (now.choice().equals(choice)) {
            return now;
        }
        List<String> urls = urlsOf(choice);
        return new Current(choice, urls, clientsFor(urls).main);
    }

    /**
     * Asks the current node for its version, once, with short timeouts (no retries; mainnet still
     * fails over to its second node). Blocking.
     *
     * @return the node's version string
     * @throws org.alephdeploy.ccn.NodeError when no node answered properly
     */
    public String probe() {
        return clientsFor(current.urls()).probe.version();
    }

    public void addListener(Consumer<Current> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Current> listener) {
        listeners.remove(listener);
    }

    /** Closes every client and stops the sandbox if it runs. */
    @Override
    public synchronized void close() {
        for (Clients c : new ArrayList<>(clients.values())) {
            c.probe.close();
            c.main.close();
        }
        clients.clear();
        sandbox.close();
    }

    private List<String> urlsOf(NodeChoice choice) throws IOException {
        return switch (choice.kind()) {
            case MAINNET -> mainnetNodes;
            case CUSTOM -> List.of(stripSlash(choice.url()));
            case SANDBOX -> List.of(sandbox.start());
        };
    }

    private synchronized Clients clientsFor(List<String> urls) {
        return clients.computeIfAbsent(List.copyOf(urls), u -> new Clients(
                CcnClient.builder().nodes(u).build(),
                CcnClient.builder().nodes(u).retryPolicy(RetryPolicy.NO_RETRY)
                        .connectTimeout(PROBE_CONNECT).readTimeout(PROBE_READ).build()));
    }

    private static String stripSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private record Clients(CcnClient main, CcnClient probe) {
    }
}
