package org.alephdeploy.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.alephdeploy.deploy.CreditRunOut;
import org.alephdeploy.deploy.Signed;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.load.InventoryLoader;
import org.alephdeploy.ui.control.Badge;
import org.alephdeploy.ui.control.BadgeSpec;
import org.alephdeploy.ui.control.StatusBadge;
import org.alephdeploy.ui.model.ItemStatus;
import org.alephdeploy.ui.programs.ProgramIntent;
import org.alephdeploy.ui.programs.ProgramIntentRules;
import org.alephdeploy.ui.programs.ProgramRow;
import org.junit.jupiter.api.Test;

/** The programs table's row of a program whose credits ran out: an amber Removing badge saying to top up credits. */
class RemovingRowsTest {
    private static ProgramRow row(Inventory inv, String hash) {
        return InventoryRows.programs(inv, false).stream().filter(p -> hash.equals(p.itemHash())).findFirst().orElseThrow();
    }

    @Test
    void aProgramWhoseCreditsRanOutShowsRemovingWithWhatToTopUp() {
        try (CreditRunOut world = new CreditRunOut()) {
            String hash = world.program.itemHash();
            InventoryLoader loader = new InventoryLoader(world.node.client, "sandbox");
            Inventory inv = Inventory.build(loader.full(Signed.KEY0.address(), List.of()));
            ProgramRow processed = row(inv, hash);
            assertThat(processed.status()).isEqualTo(ItemStatus.PROCESSED);

            world.runOut();
            inv = Inventory.merge(inv, loader.delta(inv, List.of(), Duration.ofMinutes(5)));
            ProgramRow removing = row(inv, hash);
            assertThat(removing.status()).isEqualTo(ItemStatus.REMOVING_CREDIT);
            BadgeSpec badge = StatusBadge.spec(removing.status());
            assertThat(badge.variant()).as("amber: look before you act").isEqualTo(Badge.Variant.CAUTION);
            assertThat(badge.text()).isEqualTo("Removing");
            assertThat(badge.tip()).isEqualTo("Removing \u2014 payment ran out: top up credits or it will be removed (its URL stops working).");
            assertThat(new InventoryDetails(inv, false).program(inv.program(hash).orElseThrow()).fields())
                    .as("the details pane's status line says the same").anySatisfy(f -> assertThat(f.value()).isEqualTo(badge.tip()));
            for (ProgramIntent intent : ProgramIntent.values()) {
                assertThat(ProgramIntentRules.of(intent, removing).enabled()).as("still in effect: %s is as before", intent)
                        .isEqualTo(ProgramIntentRules.of(intent, processed).enabled());
            }

            world.topUp();
            inv = Inventory.merge(inv, loader.delta(inv, List.of(), Duration.ofMinutes(5)));
            assertThat(row(inv, hash).status()).isEqualTo(ItemStatus.PROCESSED);
        }
    }
}
