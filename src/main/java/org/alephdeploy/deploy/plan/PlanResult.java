package org.alephdeploy.deploy.plan;

/** What the planner returns: a plan to preview and run, or a refusal with the alternative to offer. */
public sealed interface PlanResult permits Plan, Refusal {
    Intent intent();
}
