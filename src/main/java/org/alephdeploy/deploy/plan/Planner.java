package org.alephdeploy.deploy.plan;

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
        try {
            return dispatch(intent, ctx);
        } catch (Refused r) {
            return r.refusal();
        }
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
