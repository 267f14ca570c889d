package org.alephdeploy.service.engine;

import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;

/** What planning gave: the plan or refusal, the measured artifact (or null) and the inventory it was made on. */
public record Planned(PlanResult result, LocalArtifact artifact, Inventory inventory) {
    public boolean refused() {
        return result instanceof Refusal;
    }

    public Plan plan() {
        return result instanceof Plan p ? p : null;
    }

    public Refusal refusal() {
        return result instanceof Refusal r ? r : null;
    }
}
