package org.alephdeploy.deploy.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.ArrayList;

/**
 * The ordered steps for an intent with their effects, warnings, follow-up offers and cost, shown
 * before anything is signed. {@code notBefore} is the lowest content {@code time} the runner may
 * sign with (times must also increase strictly from step to step).
 */
public record Plan(Intent intent, List<Step> steps, List<Effect> effects, List<Warning> warnings, List<FollowUp> followUps,
        CostEstimate cost, BigDecimal notBefore) implements PlanResult {
    public Plan {
        steps = List.copyOf(steps);
        effects = List.copyOf(effects);
        warnings = List.copyOf(warnings);
        followUps = List.copyOf(followUps);
    }

    public List<StepKind> kinds() {
        return steps.stream().map(Step::kind).toList();
    }

    public List<Effect> effects(Effect.Kind kind) {
        return effects.stream().filter(e -> e.kind() == kind).toList();
    }

    public boolean hasWarning(Warning.Kind kind) {
        return warnings.stream().anyMatch(w -> w.kind() == kind);
    }

    public Step step(StepRef ref) {
        return steps.get(ref.step());
    }

    /** The plan in words, one line per step, then effects and warnings, for the CLI and previews. */
    public List<String> lines() {
        ArrayList<String> out = new ArrayList<>();
        steps.forEach(s -> out.add((s.index() + 1) + ". " + s.words()));
        effects.forEach(e -> out.add("effect: " + e.words()));
        warnings.forEach(w -> out.add("warning: " + w.words()));
        followUps.forEach(f -> out.add("then: " + f.words()));
        out.add("cost: " + cost.words());
        return out;
    }
}
