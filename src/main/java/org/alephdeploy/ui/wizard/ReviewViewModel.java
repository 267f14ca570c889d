package org.alephdeploy.ui.wizard;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.PlanReview;
import org.alephdeploy.service.engine.RehearseRun;
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
    private final ReadOnlyObjectWrapper<Rehearsing> rehearsing = new ReadOnlyObjectWrapper<>(this, "rehearsing", Rehearsing.IDLE);
    private final ReadOnlyStringWrapper rehearsalSource = new ReadOnlyStringWrapper(this, "rehearsalSource");
    private final ReadOnlyStringWrapper rehearsalWords = new ReadOnlyStringWrapper(this, "rehearsalWords", "");
    private final ReadOnlyObjectWrapper<RehearsalReport> rehearsal = new ReadOnlyObjectWrapper<>(this, "rehearsal");
    private final ReadOnlyStringWrapper rehearsalError = new ReadOnlyStringWrapper(this, "rehearsalError");
    private final ReadOnlyBooleanWrapper rehearsalPasswordNeeded = new ReadOnlyBooleanWrapper(this, "rehearsalPasswordNeeded");
    private final LatestOnly rehearsals = new LatestOnly();
    private RehearseRun rehearseRun;
    private final StringProperty rehearsalCap = new SimpleStringProperty(this, "rehearsalCap", "");
    private final BooleanBinding rehearsalCapValid = Bindings.createBooleanBinding(
            () -> FileCap.parse(rehearsalCap.get()).isPresent(), rehearsalCap);
    private final BooleanBinding rehearsalMode = rehearsing.isEqualTo(Rehearsing.RUNNING).or(rehearsing.isEqualTo(Rehearsing.DONE));
    private final StringBinding rehearsalStrip = Bindings.createStringBinding(() -> rehearsalMode.get()
            ? I18n.format("wizard.rehearsal.strip", rehearsalSource.get()) : null, rehearsalMode, rehearsalSource);

    /** Where "Rehearse first" stands. */
    public enum Rehearsing { IDLE, RUNNING, DONE, FAILED, CANCELLED }

    public ReviewViewModel(WizardState state, WizardSpec spec, EngineTasks engine, FxTasks tasks) {
        this.state = state;
        this.spec = spec;
        this.engine = engine;
        this.tasks = tasks;
        rehearsalCap.addListener((obs, old, now) -> {
            if (I18n.get("wizard.review.rehearseCapInvalid").equals(rehearsalError.get())) {
                rehearsalError.set(null);
            }
        });
    }

    /** Plans again from the wizard's inputs; an earlier planning still running is cancelled and ignored. */
    public void plan() {
        if (running != null) {
            running.cancel();
        }
        forgetRehearsal();
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
        rehearsalSource.set(engine.rehearsalSource().orElse(null));
        if (rehearsalSource.get() != null && rehearsalCap.get().isBlank()) {
            rehearsalCap.set(FileCap.format(engine.rehearsalMaxFileSize()));
        }
        rehearsalPasswordNeeded.set(engine.account().locked());
        review.set(planned.review());
    }

    /**
     * Runs the reviewed plan's intent on a local copy of the account's state (see
     * {@link RehearseRun}); offered only with a plan and a real network to copy from.
     */
    public void rehearse() {
        rehearse(new char[0]);
    }

    /**
     * As {@link #rehearse()}, unlocking the account with {@code password} first when it is locked
     * (the rehearsal signs with the real account; the array is wiped whatever happens). Files
     * above {@link #rehearsalCapProperty() the cap} are left remote; an invalid cap rehearses nothing and says so.
     */
    public void rehearse(char[] password) {
        Planned planned = state.plannedProperty().get();
        String source = rehearsalSource.get();
        OptionalLong cap = FileCap.parse(rehearsalCap.get());
        if (planned == null || planned.plan() == null || source == null || rehearsing.get() == Rehearsing.RUNNING
                || cap.isEmpty()) {
            Arrays.fill(password, '\0');
            if (cap.isEmpty() && source != null && rehearsing.get() != Rehearsing.RUNNING) {
                rehearsalError.set(I18n.get("wizard.review.rehearseCapInvalid"));
            }
            return;
        }
        long maxFileSize = cap.getAsLong();
        rehearsal.set(null);
        rehearsalError.set(null);
        rehearsalWords.set(I18n.get("wizard.review.rehearsing"));
        rehearsing.set(Rehearsing.RUNNING);
        state.busyProperty().set(true);
        LatestOnly.Ticket mine = rehearsals.next();
        RehearseRun run = engine.rehearse(planned.plan().intent());
        rehearseRun = run;
        RunningTask task = tasks.<RehearseRun.Result>runWithProgress(progress -> {
            try {
                if (engine.account().locked()) {
                    engine.account().unlock(password);
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            return run.run(maxFileSize, progress::message);
        })
                .onSuccess(result -> {
                    if (mine.current()) {
                        rehearsal.set(RehearsalReport.of(result, source));
                        rehearsing.set(Rehearsing.DONE);
                    }
                })
                .onError(Exception.class, e -> {
                    if (!mine.current()) {
                        return;
                    }
                    if (run.cancelled()) {
                        rehearsalError.set(I18n.format("wizard.review.rehearsalCancelled", source));
                        rehearsing.set(Rehearsing.CANCELLED);
                    } else {
                        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        rehearsalError.set(I18n.format("wizard.review.rehearsalFailed", why, source));
                        rehearsing.set(Rehearsing.FAILED);
                    }
                })
                .andFinally(() -> {
                    if (mine.current()) {
                        rehearseRun = null;
                        rehearsalPasswordNeeded.set(engine.account().locked());
                        state.busyProperty().set(busy.get());
                    }
                })
                .start();
        task.messageProperty().addListener((obs, old, now) -> {
            if (mine.current() && !run.cancelled() && now != null && !now.isEmpty()) {
                rehearsalWords.set(now);
            }
        });
    }

    /**
     * Asks the rehearsal running now to stop; it ends {@link Rehearsing#CANCELLED} once its worker
     * has stopped (so a new rehearsal never overlaps it on the copy). Nothing was sent to the real
     * network, and what was copied is kept.
     */
    public void cancelRehearsal() {
        RehearseRun run = rehearseRun;
        if (rehearsing.get() != Rehearsing.RUNNING || run == null) {
            return;
        }
        run.cancel();
        rehearsalWords.set(I18n.get("wizard.review.rehearsalCancelling"));
    }

    /** "Run for real": a fresh plan on the real network, to review again (its state may have moved since). */
    public void runForReal() {
        plan();
    }

    private void forgetRehearsal() {
        RehearseRun run = rehearseRun;
        rehearsals.next();
        rehearseRun = null;
        if (run != null) {
            run.cancel();
        }
        rehearsal.set(null);
        rehearsalError.set(null);
        rehearsalWords.set("");
        rehearsalSource.set(null);
        rehearsing.set(Rehearsing.IDLE);
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

    /** True once a plan (not a refusal) is there to sign, and no rehearsal runs or shows its result. */
    public boolean signable() {
        Planned p = state.plannedProperty().get();
        return p != null && p.plan() != null && !rehearsalMode.get();
    }

    /**
     * True while a rehearsal runs and while its result is shown: the wizard then marks itself as a
     * rehearsal (strip, titles) and does not sign; "Run for real", a cancel or closing ends it.
     */
    public BooleanBinding rehearsalModeProperty() {
        return rehearsalMode;
    }

    /** What the rehearsal strip says while {@link #rehearsalModeProperty() in rehearsal mode}; else null. */
    public StringBinding rehearsalStripProperty() {
        return rehearsalStrip;
    }

    /** The file size cap as typed ("100 MiB"): files above it stay on the real network; the session's last one at first. */
    public StringProperty rehearsalCapProperty() {
        return rehearsalCap;
    }

    /** True when {@link #rehearsalCapProperty() the cap} is a size from 0 B to 2 GiB. */
    public BooleanBinding rehearsalCapValidProperty() {
        return rehearsalCapValid;
    }

    public ReadOnlyObjectProperty<Rehearsing> rehearsingProperty() {
        return rehearsing.getReadOnlyProperty();
    }

    /** The real network a rehearsal copies from, while one is offered (a plan on a network other than the sandbox); else null. */
    public ReadOnlyStringProperty rehearsalSourceProperty() {
        return rehearsalSource.getReadOnlyProperty();
    }

    /** True when the account is locked: the rehearsal signs with it, so its password is asked next to the button. */
    public ReadOnlyBooleanProperty rehearsalPasswordNeededProperty() {
        return rehearsalPasswordNeeded.getReadOnlyProperty();
    }

    /** What the running rehearsal does now. */
    public ReadOnlyStringProperty rehearsalWordsProperty() {
        return rehearsalWords.getReadOnlyProperty();
    }

    /** The finished rehearsal in words, or null. */
    public ReadOnlyObjectProperty<RehearsalReport> rehearsalProperty() {
        return rehearsal.getReadOnlyProperty();
    }

    /** Why the rehearsal failed or that it was cancelled, and what to do; or null. */
    public ReadOnlyStringProperty rehearsalErrorProperty() {
        return rehearsalError.getReadOnlyProperty();
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
