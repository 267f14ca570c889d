package org.alephdeploy.deploy.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an intent into an ordered plan (or a refusal with the alternative to offer) using only
 * the data in the context: pure, no I/O, no clock. Every precondition the node would enforce is
 * checked here, before anything is signed: the account can sign, it owns or is authorised for
 * what it changes, archives match {@code code.encoding}, files fit the node's limits, revisions
 * name the root, FORGET blockers, funds and payment cutoffs.
 */
public final class Planner {
    private Planner() {
    }

    public static PlanResult plan(Intent intent, PlanContext ctx) {
        if (ctx.watchOnly()) {
            return Refusal.of(intent, "The account " + ctx.signingAddress() + " is watch-only: it can show the inventory but "
                    + "cannot sign. Unlock or import its key to make changes.");
        }
        Refusal unverified = unverified(intent, ctx, intent.named());
        if (unverified != null) {
            return unverified;
        }
        PlanResult result;
        try {
            result = dispatch(intent, ctx);
        } catch (Refused r) {
            return r.refusal();
        }
        if (result instanceof Plan plan) {
            List<String> forgotten = new ArrayList<>();
            for (Step s : plan.steps()) {
                if (s instanceof Step.Forget f) {
                    f.hashes().stream().filter(h -> h instanceof HashSource.Known)
                            .forEach(h -> forgotten.add(((HashSource.Known) h).hash()));
                }
            }
            Refusal r = unverified(intent, ctx, forgotten);
            if (r != null) {
                return r;
            }
        }
        return result;
    }

    /** A refusal when one of {@code hashes} does not verify in the inventory (a node or the path to it altered it). */
    private static Refusal unverified(Intent intent, PlanContext ctx, List<String> hashes) {
        for (String h : hashes) {
            List<String> problems = ctx.inventory().verificationProblems(h);
            if (!problems.isEmpty()) {
                return Refusal.of(intent, "The message " + h + " does not verify (" + String.join("; ", problems)
                        + "), so nothing will be signed for it. The node or something on the path to it may have altered "
                        + "what it listed. Refresh the inventory from a node you trust (over https) and try again.");
            }
        }
        return null;
    }

    private static PlanResult dispatch(Intent intent, PlanContext ctx) {
        return intent.accept(new Intent.Cases<>() {
            public PlanResult updateCode(Intent.UpdateCode i) {
                return new ProgramPlans(ctx).updateCode(i);
            }

            public PlanResult changeSettings(Intent.ChangeSettings i) {
                return new ProgramPlans(ctx).changeSettings(i);
            }

            public PlanResult recreate(Intent.Recreate i) {
                return new ProgramPlans(ctx).recreate(i);
            }

            public PlanResult deleteProgram(Intent.DeleteProgram i) {
                return new DeletePlans(ctx).deleteProgram(i);
            }

            public PlanResult updateVolume(Intent.UpdateVolume i) {
                return new VolumePlans(ctx).updateVolume(i);
            }

            public PlanResult uploadVolume(Intent.UploadVolume i) {
                return new VolumePlans(ctx).uploadVolume(i);
            }

            public PlanResult pinCid(Intent.PinCid i) {
                return new VolumePlans(ctx).pinCid(i);
            }

            public PlanResult rollback(Intent.Rollback i) {
                return new VolumePlans(ctx).rollback(i);
            }

            public PlanResult forgetVolume(Intent.ForgetVolume i) {
                return new VolumePlans(ctx).forgetVolume(i);
            }
        });
    }
}
