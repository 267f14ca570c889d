package org.alephdeploy.deploy.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alephdeploy.ccn.CcnClient;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.plan.PaymentCutoffs;

/**
 * What every run of a {@link PlanRunner} works with.
 *
 * @param freshInventory loads the inventory of an address from the node (used to verify the end state)
 * @param clock          now, in Unix seconds (content times are never below it)
 * @param cutoffs        the payment each STORE and PROGRAM must use at its signing time
 */
record RunEnvironment(CcnClient client, Journal journal, Backups backups, RunSettings settings,
        Function<String, Inventory> freshInventory, Supplier<BigDecimal> clock, PaymentCutoffs cutoffs) {
    RunEnvironment {
        Objects.requireNonNull(client);
        Objects.requireNonNull(journal);
        Objects.requireNonNull(backups);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(freshInventory);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(cutoffs);
    }

    Operation load(String operationId) throws IOException {
        return Operation.replay(operationId, journal.read(operationId));
    }
}
