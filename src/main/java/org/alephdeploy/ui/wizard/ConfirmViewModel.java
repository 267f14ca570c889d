package org.alephdeploy.ui.wizard;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.deploy.plan.Effect;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Plan;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.service.engine.EngineTasks;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.service.engine.SignerAccess;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;

/**
 * State of the confirm page: who signs (account name and address), what the user must do before
 * signing (the password of a locked account, the program's name typed for what cannot be undone),
 * and the words of the sign button, which names what stops working for a delete, a re-create or a
 * forget. FX thread only.
 */
public final class ConfirmViewModel {
    private final WizardState state;
    private final WizardSpec spec;
    private final EngineTasks engine;
    private final FxTasks tasks;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final SignerViewModel signer = new SignerViewModel();
    private final ReadOnlyBooleanWrapper passwordNeeded = new ReadOnlyBooleanWrapper(this, "passwordNeeded");
    private final ReadOnlyStringWrapper typedPrompt = new ReadOnlyStringWrapper(this, "typedPrompt");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final BooleanProperty passwordGiven = new SimpleBooleanProperty(this, "passwordGiven");
    private final ReadOnlyStringWrapper signWords = new ReadOnlyStringWrapper(this, "signWords", "");
    private final ReadOnlyBooleanWrapper danger = new ReadOnlyBooleanWrapper(this, "danger");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<String> remaining = FXCollections.observableArrayList();
    private final ObservableList<String> remainingView = FXCollections.unmodifiableObservableList(remaining);
    private final BooleanBinding complete;
    private String expected;

    public ConfirmViewModel(WizardState state, WizardSpec spec, EngineTasks engine, FxTasks tasks) {
        this.state = state;
        this.spec = spec;
        this.engine = engine;
        this.tasks = tasks;
        complete = Bindings.createBooleanBinding(() -> (expected == null || expected.equals(typed.get()))
                && (!passwordNeeded.get() || passwordGiven.get()), typed, passwordNeeded, passwordGiven);
    }

    /** True when a plan changes nothing that cannot be taken back (same URL, nothing forgotten): it signs from the review. */
    public static boolean signsFromReview(Planned planned, boolean locked) {
        Plan plan = planned == null ? null : planned.plan();
        return plan != null && !locked && plan.effects(Effect.Kind.HASH_NEW).isEmpty()
                && plan.steps().stream().noneMatch(s -> s instanceof Step.Forget);
    }

    /** True when the wizard goes from the review straight to the run: the plan signs from the review, and nothing is to be typed. */
    public static boolean skipsConfirm(WizardState state, WizardSpec spec, SignerAccess account) {
        return signsFromReview(state.plannedProperty().get(), account.locked()) && spec.typedConfirmation(state) == null;
    }

    /** The page is shown: read the plan and the account as they are now. */
    public void enter() {
        Planned planned = state.plannedProperty().get();
        Plan plan = planned == null ? null : planned.plan();
        signer.read(engine.account());
        String address = engine.account().address().orElse("");
        String who = engine.account().name().filter(n -> !n.isBlank()).orElse(ShortHash.address(address));
        summary.set(plan == null ? I18n.format("wizard.confirm.resume", state.resumeOperation(), who)
                : I18n.format("wizard.confirm.summary", plan.steps().size(), who));
        passwordNeeded.set(engine.account().locked());
        expected = spec.typedConfirmation(state);
        typedPrompt.set(expected == null ? null : I18n.format(typedKey(plan), expected));
        String dangerKey = plan == null ? null : dangerKey(plan);
        danger.set(dangerKey != null);
        signWords.set(dangerKey == null ? I18n.get("wizard.frame.signAndRun") : I18n.format(dangerKey, state.targetName()));
        error.set("");
        remaining.clear();
        if (plan == null && state.resumeOperation() != null) {
            tasks.run(() -> engine.describeNow(state.resumeOperation()))
                    .onSuccess(outcome -> remaining.setAll(outcome.remaining()))
                    .onError(Exception.class, e -> error.set(e.getMessage()))
                    .start();
        }
        complete.invalidate();
    }

    /** The steps a resumed operation still has to sign and send, read from the journal; empty for a new plan. */
    public ObservableList<String> remaining() {
        return remainingView;
    }

    /** The typed-name prompt names what is typed: a volume's name for a forget, else the program's. */
    private static String typedKey(Plan plan) {
        return plan != null && plan.intent() instanceof Intent.ForgetVolume ? "wizard.confirm.typeVolumeName" : "wizard.confirm.typeName";
    }

    private static String dangerKey(Plan plan) {
        Intent intent = plan.intent();
        if (!plan.effects(Effect.Kind.HASH_NEW).isEmpty()
                && (intent instanceof Intent.ChangeSettings || intent instanceof Intent.UpdateCode)) {
            return "wizard.confirm.dangerNewUrl";
        }
        if (intent instanceof Intent.DeleteProgram) {
            return "wizard.confirm.dangerDelete";
        } else if (intent instanceof Intent.Recreate) {
            return "wizard.confirm.dangerRecreate";
        } else if (intent instanceof Intent.ForgetVolume) {
            return "wizard.confirm.dangerForget";
        }
        return null;
    }

    /**
     * Unlocks the account with {@code password} when it is locked (the array is wiped), then
     * calls {@code proceed}; a wrong password stays on the page with the reason.
     */
    public void sign(char[] password, Runnable proceed, Consumer<Boolean> busy) {
        if (!engine.account().locked()) {
            Arrays.fill(password, '\0');
            proceed.run();
            return;
        }
        busy.accept(true);
        tasks.run(() -> engine.account().unlock(password))
                .onSuccess(signer -> proceed.run())
                .onError(Exception.class, e -> error.set(e.getMessage()))
                .andFinally(() -> {
                    Arrays.fill(password, '\0');
                    busy.accept(false);
                })
                .start();
    }

    public BooleanBinding completeBinding() {
        return complete;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** Whether the password field holds something (the characters stay in the field until signing). */
    public BooleanProperty passwordGivenProperty() {
        return passwordGiven;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Who signs: name, identicon address, and why the account cannot sign when it cannot. */
    public SignerViewModel signer() {
        return signer;
    }

    public ReadOnlyBooleanProperty passwordNeededProperty() {
        return passwordNeeded.getReadOnlyProperty();
    }

    /** What to type and why, or null when nothing must be typed. */
    public ReadOnlyStringProperty typedPromptProperty() {
        return typedPrompt.getReadOnlyProperty();
    }

    /** The sign button's words: "Sign and run", or what stops working for an irreversible change. */
    public ReadOnlyStringProperty signWordsProperty() {
        return signWords.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dangerProperty() {
        return danger.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
