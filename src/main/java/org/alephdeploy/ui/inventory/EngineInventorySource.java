package org.alephdeploy.ui.inventory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.alephdeploy.deploy.Engine;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.ProgramChain;
import org.alephdeploy.deploy.inventory.VolumeView;
import org.alephdeploy.message.Times;
import org.alephdeploy.service.engine.Journals;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.service.node.AccountFunds;
import org.alephdeploy.service.node.NodeFailures;
import org.alephdeploy.ui.activity.ActivityRow;
import org.alephdeploy.ui.activity.OperationDetails;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.shell.AccountSummary;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.Network;
import org.alephdeploy.ui.shell.NodeUnreachableException;

/**
 * The window's content from the engine: the current account's inventory on the chosen network
 * (refreshed incrementally), its balance, and the journal's operations on that network; offline,
 * the inventory cached on disk. Details come from the inventory loaded last, so selecting a row
 * does not touch the node. Blocking;
 * called on a worker thread. Thread-safe.
 */
public final class EngineInventorySource implements InventorySource {
    private final Function<Network, Engine> engines;
    private final SignerAccess account;
    private volatile Inventory last;
    private volatile Function<String, String> accountName = address -> null;

    /** @param engines the engine of each network (the caller caches one per network) */
    public EngineInventorySource(Function<Network, Engine> engines, SignerAccess account) {
        this.engines = Objects.requireNonNull(engines);
        this.account = Objects.requireNonNull(account);
    }

    /**
     * Names the signers of the deployment history with the wallet's account names; {@code names}
     * gives the name of an address, or null when it is not in the wallet. Called on a worker.
     */
    public EngineInventorySource withAccountNames(Function<String, String> names) {
        this.accountName = Objects.requireNonNull(names);
        return this;
    }

    @Override
    public InventorySnapshot load(Network network) throws NodeUnreachableException {
        Optional<String> address = account.address();
        if (address.isEmpty()) {
            return new InventorySnapshot(null, List.of(), List.of(), List.of(), Instant.now());
        }
        Engine engine = engines.apply(network);
        try {
            Inventory inv = engine.inventory(address.get(), true);
            last = inv;
            AccountFunds funds = AccountFunds.fetch(engine, address.get());
            AccountSummary summary = new AccountSummary(null, address.get(), funds.balance(),
                    funds.credits() == null || funds.credits().signum() == 0 ? null
                            : funds.credits().longValue(), account.watchOnly());
            return new InventorySnapshot(summary, InventoryRows.programs(inv, account.watchOnly()),
                    InventoryRows.volumes(inv, account.watchOnly()), activity(engine, inv), Instant.now());
        } catch (RuntimeException e) {
            if (NodeFailures.unreachable(e)) {
                throw new NodeUnreachableException(NodeFailures.node(e).orElse(null), e.getMessage(), e);
            }
            throw e;
        }
    }

    /** The cached inventory of the current account on {@code network}; no node is asked. */
    @Override
    public InventorySnapshot loadOffline(Network network) {
        Optional<String> address = account.address();
        if (address.isEmpty()) {
            return new InventorySnapshot(null, List.of(), List.of(), List.of(), null);
        }
        Engine engine = engines.apply(network);
        Inventory inv = engine.cachedInventory(address.get()).orElse(null);
        last = inv;
        if (inv == null) {
            return new InventorySnapshot(null, List.of(), List.of(), activity(engine, null), null);
        }
        AccountSummary summary = new AccountSummary(null, address.get(), null, null, account.watchOnly());
        return new InventorySnapshot(summary, InventoryRows.programs(inv, account.watchOnly()),
                InventoryRows.volumes(inv, account.watchOnly()), activity(engine, inv),
                Times.toInstant(inv.fetchedAt()));
    }

    @Override
    public ItemDetails details(Network network, String itemHash) throws NodeUnreachableException {
        Inventory inv = last;
        if (inv == null) {
            Optional<String> address = account.address();
            if (address.isEmpty()) {
                return null;
            }
            inv = engines.apply(network).cachedInventory(address.get()).orElse(null);
        }
        return inv == null ? null : new InventoryDetails(inv, account.watchOnly(), accountName).of(itemHash).orElse(null);
    }

    @Override
    public ItemDetails operation(Network network, ActivityRow row) {
        Engine engine = engines.apply(network);
        try {
            return OperationDetails.of(row, engine.journal().show(row.id()), Journals.backupsOf(engine, row.id()));
        } catch (RuntimeException e) {
            // a journal that cannot be read still shows what the row knows; the reason goes with it
            return OperationDetails.of(row, null, Map.of("—", String.valueOf(e.getMessage())));
        }
    }

    /** The inventory loaded last, or null before the first load. */
    public Inventory lastInventory() {
        return last;
    }

    static List<ActivityRow> activity(Engine engine, Inventory inv) {
        return ActivityRows.of(Journals.operationsOn(engine), names(inv));
    }

    /** Display names by hash: program versions and volume roots and revisions. */
    public static Map<String, String> names(Inventory inv) {
        Map<String, String> out = new HashMap<>();
        if (inv == null) {
            return out;
        }
        for (ProgramChain c : inv.programs()) {
            c.versions().forEach(v -> {
                if (v.name() != null) {
                    out.put(v.itemHash(), v.name());
                }
            });
        }
        for (VolumeView v : inv.volumes()) {
            if (v.name() != null) {
                v.timeline().forEach(r -> out.put(r.itemHash(), v.name()));
            }
        }
        return out;
    }
}
