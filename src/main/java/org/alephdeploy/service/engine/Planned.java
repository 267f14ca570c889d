package org.alephdeploy.service.engine;

import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.plan.Funds;
import org.alephdeploy.deploy.plan.LocalArtifact;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.PlanResult;
import org.alephdeploy.deploy.plan.Refusal;

/**
 * What planning gave: the plan or refusal, the measured artifact (or null), the inventory and the
 * account's funds it was made on, and the digest of what the plan will sign (null for a refusal),
 * which the run checks again just before signing.
 */
public record Planned(PlanResult result, LocalArtifact artifact, Inventory inventory, Funds funds, String digest) {
    public boolean refused() {
        return result instanceof Refusal;
    }

    public Plan plan() {
        return result instanceof Plan p ? p : null;
    }

    public Refusal refusal() {
        return result instanceof Refusal r ? r : null;
    }

    /** The plan told for the review page; null for a refusal. */
    public PlanReview review() {
        return plan() == null ? null : PlanReview.of(plan(), inventory, funds);
    }
}
