package org.alephdeploy.service.engine;

import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;

/** Builds the intent once the local file (if any) has been measured. Pure, called on a worker. */
@FunctionalInterface
public interface IntentRecipe {
    /** @param artifact the measured file or zipped folder, or null when the intent uploads nothing */
    Intent build(LocalArtifact artifact);
}
