package org.alephdeploy.ui.wizard;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.PlanReview;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;
import org.alephdeploy.ui.fx.RunningTask;

/**
 * State of the review page: plans the wizard's intent on a worker (measuring the file first) and
 * holds the outcome as the page shows it: the plan told plainly ({@link PlanReview}), or the
 * refusal's reason and alternative, or why planning failed. Only the newest planning counts.
 * FX thread only.
 */
public final class ReviewViewModel {
    private final WizardState state;
    private final WizardSpec spec;
    private final EngineTasks engine;
    private final FxTasks tasks;
    private final LatestOnly plans = new LatestOnly();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyWords = new ReadOnlyStringWrapper(this, "busyWords", "");
    private final ReadOnlyObjectWrapper<PlanReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");
    private final ReadOnlyObjectWrapper<RefusalOffer> offer = new ReadOnlyObjectWrapper<>(this, "offer");
    private final ReadOnlyStringWrapper alternative = new ReadOnlyStringWrapper(this, "alternative");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private RunningTask running;

    public ReviewViewModel(WizardState state, WizardSpec spec, EngineTasks engine, FxTasks tasks) {
        this.state = state;
        this.spec = spec;
        this.engine = engine;
        this.tasks = tasks;
    }

    /** Plans again from the wizard's inputs; an earlier planning still running is cancelled and ignored. */
    public void plan() {
        if (running != null) {
            running.cancel();
        }
        state.plannedProperty().set(null);
        review.set(null);
        refusal.set(null);
        offer.set(null);
        alternative.set(null);
        error.set(null);
        busy(true);
        busyWords.set(I18n.get("wizard.review.planning"));
        LatestOnly.Ticket mine = plans.next();
        running = tasks.<Planned>runWithProgress(progress -> engine.planNow(spec.artifact(state), spec.folderUse(),
                        artifact -> spec.intent(state, artifact), progress::message))
                .onSuccess(planned -> {
                    if (mine.current() && planned != null) {
                        show(planned);
                    }
                })
                .onError(Exception.class, e -> {
                    if (mine.current()) {
                        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        error.set(I18n.format("wizard.review.failed", why));
                    }
                })
                .andFinally(() -> {
                    if (mine.current()) {
                        busy(false);
                    }
                })
                .start();
        running.messageProperty().addListener((obs, old, now) -> {
            if (mine.current() && now != null && !now.isEmpty()) {
                busyWords.set(now);
            }
        });
    }

    private void show(Planned planned) {
        state.plannedProperty().set(planned);
        Refusal r = planned.refusal();
        if (r != null) {
            RefusalOffer o = RefusalOffer.of(r, state.targetName());
            refusal.set(StepWords.of(planned.inventory()).say(o.reason()));
            alternative.set(o.button());
            offer.set(o);
            return;
        }
        review.set(planned.review());
    }

    private void busy(boolean on) {
        busy.set(on);
        state.busyProperty().set(on);
    }

    /** The refusal's alternative, to start in its own wizard; empty without one. */
    public Optional<Intent> alternativeIntent() {
        Planned p = state.plannedProperty().get();
        return p == null || p.refusal() == null ? Optional.empty() : Optional.ofNullable(p.refusal().alternative());
    }

    /** True once a plan (not a refusal) is there to sign. */
    public boolean signable() {
        Planned p = state.plannedProperty().get();
        return p != null && p.plan() != null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyWordsProperty() {
        return busyWords.getReadOnlyProperty();
    }

    /** The plan told plainly; null while planning, on a refusal or a failure. */
    public ReadOnlyObjectProperty<PlanReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The planner's reason for refusing, or null. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** How the refusal is presented (an offer of another way, or what cannot be done), or null. */
    public ReadOnlyObjectProperty<RefusalOffer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** The alternative's button text, or null when the refusal offers none. */
    public ReadOnlyStringProperty alternativeProperty() {
        return alternative.getReadOnlyProperty();
    }

    /** Why planning failed and what to do, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
