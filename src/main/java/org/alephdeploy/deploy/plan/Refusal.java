package org.alephdeploy.deploy.plan;

/**
 * Why an intent cannot be planned, in words (what happened, why, what to do), and the intent to
 * offer instead when there is one (e.g. recreate a locked program).
 */
public record Refusal(Intent intent, String reason, Intent alternative, String alternativeWords) implements PlanResult {
    public static Refusal of(Intent intent, String reason) {
        return new Refusal(intent, reason, null, null);
    }
}
