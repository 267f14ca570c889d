package org.alephdeploy.ui.wizard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.Sizes;

/**
 * State of the run page: each step in words with the names of what it touches, which one runs,
 * how long the current wait has lasted, and the upload's bytes, rate and time left. Fed by the
 * run's progress and a clock tick; no toolkit needed. FX thread only.
 */
public final class RunViewModel {
    /** Where a step stands. */
    public enum StepState { PENDING, RUNNING, DONE }

    /** One row of the step list. */
    public record StepLine(int index, String words, StepState state) {
    }

    private StepWords words = new StepWords(Map.of());
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<StepLine> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", I18n.get("wizard.run.starting"));
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper upload = new ReadOnlyStringWrapper(this, "upload", "");
    private int running = -1;
    private boolean waiting;
    private long stepStartedMillis;

    /** The steps to run, in order, told with {@code names}. */
    void steps(List<String> stepWords, StepWords names) {
        this.words = names;
        steps.clear();
        for (int i = 0; i < stepWords.size(); i++) {
            steps.add(new StepLine(i, words.say(stepWords.get(i)), StepState.PENDING));
        }
    }

    /** The runner moved to step {@code index} of {@code count} (index = count: verifying the result). */
    public void step(int index, int count, String stepWords, long nowMillis) {
        if (index < 0) {
            return;
        }
        String said = words.say(stepWords);
        if (index != running) {
            running = index;
            stepStartedMillis = nowMillis;
        }
        waiting = said.startsWith("wait");
        current.set(index >= count ? I18n.format("wizard.run.verifying", said) : I18n.format("wizard.run.current", index + 1, count, said));
        mark(index);
        tick(nowMillis);
    }

    /** The clock moved: the elapsed time of the wait under way, if any. */
    public void tick(long nowMillis) {
        elapsed.set(waiting && running >= 0 ? I18n.format("wizard.run.waiting", clock((nowMillis - stepStartedMillis) / 1000)) : "");
    }

    /** The upload under way: bytes, rate and time left (-1 while unknown); empty when {@code total} is not positive. */
    public void upload(long done, long total, double bytesPerSecond, long secondsLeft) {
        if (total <= 0) {
            upload.set("");
            return;
        }
        String left = secondsLeft < 0 ? I18n.get("wizard.run.unknownLeft") : I18n.format("wizard.run.timeLeft", clock(secondsLeft));
        upload.set(I18n.format("wizard.run.upload", Sizes.bytes(done), Sizes.bytes(total), Sizes.bytes((long) bytesPerSecond), left));
    }

    /** The run ended; every step is done when it succeeded. */
    public void ended(boolean ok) {
        waiting = false;
        elapsed.set("");
        if (ok) {
            mark(steps.size());
        }
    }

    private void mark(int at) {
        for (int i = 0; i < steps.size(); i++) {
            StepLine s = steps.get(i);
            StepState state = i < at ? StepState.DONE : i == at ? StepState.RUNNING : StepState.PENDING;
            if (s.state() != state) {
                steps.set(i, new StepLine(s.index(), s.words(), state));
            }
        }
    }

    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    public ObservableList<StepLine> steps() {
        return stepsView;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "waiting 0:42" during a wait, else empty. */
    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uploadProperty() {
        return upload.getReadOnlyProperty();
    }
}
