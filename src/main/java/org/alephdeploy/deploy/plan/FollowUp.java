package org.alephdeploy.deploy.plan;

/**
 * A change to offer once the plan is done (e.g. make a pinned program pick up the new volume). {@code intent}
 * may be null when only the words apply (another owner must act).
 */
public record FollowUp(String words, Intent intent) {
}
