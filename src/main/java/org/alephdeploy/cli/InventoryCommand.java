package org.alephdeploy.cli;

import java.util.concurrent.Callable;
import org.alephdeploy.ccn.NodeError;
import org.alephdeploy.deploy.Spending;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.message.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inventory [--address A | --key-file F] [--offline | --full]}. */
@Command(name = "inventory", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the programs and volumes an address owns: status, config lock, pins, resources, revisions, users.",
            "Refreshes the cached inventory with what changed on the node since (everything on the first run)."},
        footer = ExitCodes.HELP)
public final class InventoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SignerOptions who;

    @Option(names = "--offline", description = "Show the cached inventory without contacting the node (with its age).")
    boolean offline;

    @Option(names = "--full", description = "Fetch everything again instead of only what changed.")
    boolean full;

    @Override
    public Integer call() {
        Output out = Output.of(spec);
        String address = who.owner(who.actingAddress(Output.root(spec)));
        try (EngineSession s = EngineSession.open(Output.root(spec))) {
            Inventory inv;
            if (offline) {
                inv = s.engine().cachedInventory(address).orElseThrow(() -> new CliFailure(ExitCodes.FAILED,
                        "There is no cached inventory of " + address + " on " + s.engine().network()
                                + ". Run 'inventory' once while the node is reachable."));
            } else {
                inv = full ? s.engine().inventoryFull(address) : s.engine().inventory(address, true);
            }
            Spending spending = offline ? null : s.engine().spending(address);
            if (out.json()) {
                Inventory shown = inv;
                out.json(g -> InventoryJsonWriter.write(g, shown, Times.now(), offline, spending));
            } else {
                EngineViews.inventoryLines(inv, Times.now(), offline).forEach(out::line);
                if (spending != null) {
                    EngineViews.fundsLines(spending).forEach(out::line);
                }
            }
            return ExitCodes.OK;
        } catch (NodeError e) {
            throw EngineSession.failure(e);
        }
    }
}
