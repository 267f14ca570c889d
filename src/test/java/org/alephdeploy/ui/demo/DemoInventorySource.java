package org.alephdeploy.ui.demo;

import java.util.List;
import java.util.Map;
import org.alephdeploy.deploy.outcome.OperationStatus;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.ActivityState;
import org.alephdeploy.ui.activity.OperationDetails;
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

    /** An operation as the journal would tell it: what was done, what is left, what is on the node, the backup. */
    @Override
    public ItemDetails operation(Network network, ActivityRow row) {
        List<String> steps = List.of("Upload " + row.target() + "-2.4.zip (1.2 MB)", "Publish a new code revision (STORE)",
                "Wait until the node has processed it", "Check what the node serves", "Clean up the old file");
        int done = Math.min(row.stepsDone(), steps.size());
        RunOutcome outcome = new RunOutcome(row.id(), OperationStatus.valueOf(row.state() == ActivityState.WAITING
                ? "RUNNING" : row.state().name()), row.currentStep(), null, false, steps.subList(0, done),
                steps.subList(done, steps.size()), List.of("STORE " + DemoData.hash(row.id()).substring(0, 12) + "… processed"),
                List.of("Roll back to the previous code revision from the program's history"), List.of(), Map.of());
        Map<String, String> backups = row.state() == ActivityState.INTERRUPTED
                ? Map.of(DemoData.hash(row.target()).substring(0, 12) + "…", "backups/" + row.id() + "/program.json") : Map.of();
        return OperationDetails.of(row, outcome, backups);
    }

    private void check(Network network) throws NodeUnreachableException {
        if (network.kind() == Network.Kind.CUSTOM || !reachable.get()) {
            String url = network.url() == null ? "http://127.0.0.1" : network.url();
            throw new NodeUnreachableException(url, "connection refused", null);
        }
    }
}
