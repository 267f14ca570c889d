package org.alephdeploy.ui.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.shell.NodeUnreachableException;

/**
 * An in-memory {@link InventorySource} with realistic content, for tests and screenshots of the
 * window. A custom node never answers, so the offline banner can be seen; the
 * other networks answer unless {@link #setReachable} says otherwise. Thread-safe, no I/O.
 */
public final class DemoInventorySource implements InventorySource {
    private final Clock clock;
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    public DemoInventorySource(Clock clock) {
        this.clock = clock;
    }

    public DemoInventorySource() {
        this(Clock.systemUTC());
    }

    public void setReachable(boolean value) {
        reachable.set(value);
    }

    @Override
    public InventorySnapshot load(Network network) throws NodeUnreachableException {
        check(network);
        DemoData data = new DemoData(clock.instant());
        return new InventorySnapshot(data.account(), data.programs(), data.volumes(), data.activity(), Instant.now(clock));
    }

    @Override
    public ItemDetails details(Network network, String itemHash) throws NodeUnreachableException {
        check(network);
        return new DemoDetails(new DemoData(clock.instant())).of(itemHash);
    }

    private void check(Network network) throws NodeUnreachableException {
        if (network.kind() == Network.Kind.CUSTOM || !reachable.get()) {
            String url = network.url() == null ? "http://127.0.0.1" : network.url();
            throw new NodeUnreachableException(url, "connection refused", null);
        }
    }
}
