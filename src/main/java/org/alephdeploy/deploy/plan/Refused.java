package org.alephdeploy.deploy.plan;

/** Carries a refusal out of nested checks to {@link Planner#plan}; never leaves this package. */
final class Refused extends RuntimeException {
    private final transient Refusal refusal;

    Refused(Refusal refusal) {
        super(refusal.reason(), null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }

    static Refused because(Intent intent, String reason) {
        return new Refused(Refusal.of(intent, reason));
    }

    static Refused offering(Intent intent, String reason, Intent alternative, String alternativeWords) {
        return new Refused(new Refusal(intent, reason, alternative, alternativeWords));
    }
}
