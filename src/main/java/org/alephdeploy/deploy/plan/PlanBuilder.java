package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alephdeploy.message.ItemType;
import org.alephdeploy.message.Payment;

/** Collects steps (numbering them), effects, warnings, follow-ups and costs for one plan. */
final class PlanBuilder {
    private final PlanContext ctx;
    private final Intent intent;
    private final Costs costs;
    private final List<Step> steps = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private BigDecimal holdRequired = BigDecimal.ZERO;
    private BigDecimal holdExempt = BigDecimal.ZERO;
    private final List<CostEstimate.Line> lines = new ArrayList<>();
    private BigDecimal creditsPerSecond = BigDecimal.ZERO;
    private BigDecimal holdReleasedFirst = BigDecimal.ZERO;
    private BigDecimal creditsReleasedFirst = BigDecimal.ZERO;
    private BigDecimal holdReleasedLater = BigDecimal.ZERO;
    private final List<String> paymentTypes = new ArrayList<>();
    private BigDecimal notBefore;

    PlanBuilder(PlanContext ctx, Intent intent) {
        this.ctx = ctx;
        this.intent = intent;
        this.costs = new Costs(ctx);
        this.notBefore = ctx.now();
    }

    Costs costs() {
        return costs;
    }

    StepRef upload(LocalArtifact artifact, ItemType engine) {
        return add(new Step.Upload(steps.size(), artifact, engine));
    }

    StepRef publishStore(ContentTemplate t, String words) {
        return add(new Step.PublishStore(steps.size(), t, words));
    }

    StepRef publishProgram(ContentTemplate t, String words) {
        return add(new Step.PublishProgram(steps.size(), t, words));
    }

    StepRef awaitProcessed(StepRef published, String words) {
        return add(new Step.AwaitProcessed(steps.size(), published, words));
    }

    StepRef forget(List<HashSource> hashes, String address, String channel, String reason) {
        return add(new Step.Forget(steps.size(), hashes, address, channel, reason));
    }

    StepRef awaitForgotten(List<HashSource> hashes) {
        return add(new Step.AwaitForgotten(steps.size(), hashes));
    }

    StepRef backup(String programHash) {
        return add(new Step.Backup(steps.size(), programHash));
    }

    private StepRef add(Step s) {
        steps.add(s);
        return s.ref();
    }

    void effect(Effect.Kind kind, String subject, String words) {
        effects.add(new Effect(kind, subject, words));
    }

    void warn(Warning.Kind kind, String words) {
        if (warnings.stream().noneMatch(w -> w.words().equals(words))) {
            warnings.add(new Warning(kind, words));
        }
    }

    void followUp(String words, Intent next) {
        followUps.add(new FollowUp(words, next));
    }

    /** Counts a new message's cost under its payment type; {@code exempt}: the node checks no balance for it (small hold-paid file). */
    void charge(MessagePrice price, boolean exempt) {
        paymentTypes.add(price.paymentType());
        for (MessagePrice.Line l : price.lines()) {
            lines.add(new CostEstimate.Line(l.type(), l.name(), l.hold(), l.creditsPerSecond(), l.sizeMib()));
        }
        if (Payment.CREDIT.equals(price.paymentType())) {
            creditsPerSecond = creditsPerSecond.add(price.creditsPerSecond());
        } else if (exempt) {
            holdExempt = holdExempt.add(price.hold());
        } else {
            holdRequired = holdRequired.add(price.hold());
        }
    }

    /** Counts what forgetting a program frees: before the new messages (delete-first) or after them. */
    void release(String paymentType, BigDecimal hold, BigDecimal perSecond, boolean beforeNewMessages) {
        if (Payment.CREDIT.equals(paymentType)) {
            if (beforeNewMessages) {
                creditsReleasedFirst = creditsReleasedFirst.add(perSecond);
            }
        } else if (beforeNewMessages) {
            holdReleasedFirst = holdReleasedFirst.add(hold);
        } else {
            holdReleasedLater = holdReleasedLater.add(hold);
        }
    }

    void notBefore(BigDecimal time) {
        if (time != null && time.compareTo(notBefore) > 0) {
            notBefore = time;
        }
    }

    CostEstimate cost() {
        return PlanCosts.estimate(ctx, new PlanCosts.Totals(paymentTypes, holdRequired, holdExempt, creditsPerSecond,
                holdReleasedFirst, holdReleasedLater, creditsReleasedFirst, lines), CostEstimate.LOCAL);
    }

    Plan build() {
        if (paymentTypes.contains(Payment.HOLD) && !costs.allCreditOnly()) {
            warn(Warning.Kind.PAYMENT, "From 2027-01-01 the network accepts only credit payment for new STORE and PROGRAM "
                    + "messages; this plan pays with hold, which is accepted until then.");
        }
        return new Plan(intent, steps, effects, warnings, followUps, cost(), notBefore);
    }
}
