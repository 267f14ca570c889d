package org.alephdeploy.ui.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.alephdeploy.app.AppContext;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.NodeSnapshot;
import org.alephdeploy.message.Message;
import org.alephdeploy.ui.demo.DemoIntents;
import org.alephdeploy.ui.details.ItemDetails;
import org.alephdeploy.ui.shell.AccountSummary;
import org.alephdeploy.ui.shell.InventorySnapshot;
import org.alephdeploy.ui.shell.InventorySource;
import org.alephdeploy.ui.shell.Network;

/**
 * A signed inventory of many programs and volumes, and the main window over it, for the tests and
 * benchmarks of the tables: rows are mapped by the app's own code ({@link InventoryRows}).
 */
public final class GeneratedInventory {
    /** Volumes that hold the programs' code; the next one is every program's runtime. */
    private static final int CODES = 20;
    private static final int MOST_DATA_VOLUMES = 1000;

    private GeneratedInventory() {
    }

    /**
     * {@code volumes} STOREs of this address (more than 21: the first 20 hold code, the 21st the
     * runtime, the others data, at most 1,000 of them used) and {@code programs} PROGRAMs using them,
     * a third with amends not allowed, half following their code's latest revision.
     */
    public static Inventory of(int programs, int volumes) {
        if (volumes <= CODES + 1) {
            throw new IllegalArgumentException("more than " + (CODES + 1) + " volumes are needed, not " + volumes);
        }
        List<Message> messages = new ArrayList<>();
        List<String> stores = new ArrayList<>();
        for (int i = 0; i < volumes; i++) {
            Message store = Signed.store(Signed.KEY0, 1_700_000_000L + i, "file " + i, null, "volume-" + i);
            messages.add(store);
            stores.add(store.itemHash());
        }
        int dataVolumes = Math.min(MOST_DATA_VOLUMES, volumes - CODES - 1);
        for (int i = 0; i < programs; i++) {
            Signed.ProgramSpec spec = new Signed.ProgramSpec();
            spec.time = 1_700_010_000L + i;
            spec.name = String.format("program-%04d", i);
            spec.allowAmend = i % 3 != 0;
            spec.codeRef = stores.get(i % CODES);
            spec.codeLatest = i % 2 == 0;
            spec.runtimeRef = stores.get(CODES);
            spec.volumeRef = stores.get(CODES + 1 + i % dataVolumes);
            spec.volumeLatest = i % 5 != 0;
            messages.add(Signed.program(Signed.KEY0, spec));
        }
        return Inventory.build(NodeSnapshot.ofProcessed("generated", Signed.A, BigDecimal.valueOf(1_700_100_000L), messages));
    }

    /** A source that answers every load with {@code inventory}'s rows and details, mapped at each load. */
    public static InventorySource source(Inventory inventory) {
        return new InventorySource() {
            @Override
            public InventorySnapshot load(Network network) {
                return new InventorySnapshot(new AccountSummary("generated", Signed.A, BigDecimal.TEN, null, false),
                        InventoryRows.programs(inventory, false), InventoryRows.volumes(inventory, false), List.of(),
                        Instant.now());
            }

            @Override
            public ItemDetails details(Network network, String itemHash) {
                return new InventoryDetails(inventory, false).of(itemHash).orElse(null);
            }
        };
    }

    /** The main window over {@code inventory} on {@code stage}, themed and shown, not refreshed yet. FX thread. */
    public static AppContext showMain(Inventory inventory, Stage stage) {
        AppContext context = AppContext.builder().source(source(inventory), DemoIntents::new).build();
        context.theme().start();
        context.windows().showMain(stage);
        return context;
    }
}
