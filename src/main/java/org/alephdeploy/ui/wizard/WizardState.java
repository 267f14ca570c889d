package org.alephdeploy.ui.wizard;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.service.engine.RunTask;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;

/**
 * What every page of a wizard shares: the target, the intent's own input ({@link WizardInputs},
 * one type per intent), the plan, the run and its outcome. FX thread only.
 */
public final class WizardState {
    private final ProgramRow program;
    private final VolumeRow volume;
    private final String resumeOperation;
    private final WizardInputs inputs;
    private final ObjectProperty<Planned> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObjectProperty<RunTask> run = new SimpleObjectProperty<>(this, "run");
    private final ObjectProperty<RunOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<Throwable> runError = new SimpleObjectProperty<>(this, "runError");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** A wizard on {@code program} or {@code volume} (either may be null) that asks for {@code inputs}. */
    public WizardState(ProgramRow program, VolumeRow volume, WizardInputs inputs) {
        this(program, volume, null, inputs);
    }

    /** A wizard that resumes the journal operation {@code resumeOperation} instead of planning a new one. */
    public WizardState(ProgramRow program, VolumeRow volume, String resumeOperation) {
        this(program, volume, resumeOperation, WizardInputs.NONE);
    }

    private WizardState(ProgramRow program, VolumeRow volume, String resumeOperation, WizardInputs inputs) {
        this.program = program;
        this.volume = volume;
        this.resumeOperation = resumeOperation;
        this.inputs = Objects.requireNonNull(inputs, "inputs");
    }

    public ProgramRow program() {
        return program;
    }

    public VolumeRow volume() {
        return volume;
    }

    public String resumeOperation() {
        return resumeOperation;
    }

    /** The intent's input, whatever its type. */
    public WizardInputs inputs() {
        return inputs;
    }

    /** The intent's input as {@code type}; a wizard opened with another type of input is a programming error. */
    public <T extends WizardInputs> T inputs(Class<T> type) {
        return type.cast(inputs);
    }

    /** The program's or volume's name for titles. */
    public String targetName() {
        if (program != null) {
            return program.displayName();
        }
        return volume != null ? volume.displayName() : "";
    }

    public ObjectProperty<Planned> plannedProperty() {
        return planned;
    }

    public ObjectProperty<RunTask> runProperty() {
        return run;
    }

    public ObjectProperty<RunOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<Throwable> runErrorProperty() {
        return runError;
    }

    /** True while a page's background work runs (Next and Back wait for it). */
    public BooleanProperty busyProperty() {
        return busy;
    }
}
