package org.alephdeploy.deploy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alephdeploy.deploy.inventory.Inventory;
import org.alephdeploy.deploy.inventory.StoreRevision;
import org.alephdeploy.message.ItemHashes;

/** Properties every plan must have, whatever the intent. */
final class PlanInvariants {
    private PlanInvariants() {
    }

    static void check(Plan plan, Inventory inv) {
        neverForgetsAProgramBeforeItsReplacementIsProcessed(plan, inv);
        Set<Integer> awaited = new HashSet<>();
        for (Step s : plan.steps()) {
            if (s instanceof Step.AwaitProcessed a) {
                assertThat(a.step().step()).as("await refers to an earlier publish").isLessThan(s.index());
                assertThat(plan.step(a.step()).kind()).isIn(StepKind.PUBLISH_STORE, StepKind.PUBLISH_PROGRAM);
                awaited.add(a.step().step());
            }
            if (s instanceof Step.PublishStore p) {
                String ref = p.template().content().path("ref").asText(null);
                if (ref != null && ItemHashes.isItemHash(ref)) {
                    StoreRevision target = inv.store(ref).orElseThrow();
                    assertThat(target.isRevision()).as("a revision names the root, never a revision").isFalse();
                }
                p.template().fills().forEach(f -> assertThat(f.from().step()).isLessThan(s.index()));
            }
            if (s instanceof Step.PublishProgram p) {
                p.template().fills().forEach(f -> assertThat(f.from().step()).isLessThan(s.index()));
            }
            if (s instanceof Step.Forget f) {
                Step next = plan.steps().get(f.index() + 1);
                assertThat(next).isInstanceOfSatisfying(Step.AwaitForgotten.class,
                        w -> assertThat(w.hashes()).isEqualTo(f.hashes()));
            }
        }
        for (Step s : plan.steps()) {
            if (s.kind() == StepKind.PUBLISH_STORE || s.kind() == StepKind.PUBLISH_PROGRAM) {
                assertThat(awaited).as("every publish is awaited").contains(s.index());
            }
        }
    }

    /**
     * When a plan both publishes a program and forgets one, the new program must be confirmed
     * processed before the FORGET is signed, so that a failure leaves two programs, never none.
     * Only the explicitly chosen delete-first recreate does it the other way round.
     */
    static void neverForgetsAProgramBeforeItsReplacementIsProcessed(Plan plan, Inventory inv) {
        if (plan.intent() instanceof Intent.Recreate r && r.deleteFirst()) {
            return;
        }
        List<Step.PublishProgram> publishes = plan.steps().stream().filter(Step.PublishProgram.class::isInstance)
                .map(Step.PublishProgram.class::cast).toList();
        for (Step s : plan.steps()) {
            if (!(s instanceof Step.Forget f)) {
                continue;
            }
            boolean forgetsProgram = f.hashes().stream().anyMatch(h -> inv.program(h.resolve(ref -> null)).isPresent());
            if (!forgetsProgram) {
                continue;
            }
            for (Step.PublishProgram p : publishes) {
                boolean confirmedBefore = plan.steps().stream().anyMatch(a -> a instanceof Step.AwaitProcessed ap
                        && ap.step().equals(p.ref()) && ap.index() < f.index());
                assertThat(confirmedBefore).as("program forgotten at step %d before its replacement (step %d) is processed",
                        f.index(), p.index()).isTrue();
            }
        }
    }
}
