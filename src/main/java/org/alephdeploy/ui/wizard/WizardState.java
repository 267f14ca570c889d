package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.deploy.outcome.RunOutcome;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.service.engine.Planned;
import org.alephdeploy.service.engine.RunTask;
import org.alephdeploy.ui.programs.ProgramRow;
import org.alephdeploy.ui.volumes.VolumeRow;

/**
 * The few properties a wizard's pages share: the target, the user's input, the plan, the run and
 * its outcome. FX thread only.
 */
public final class WizardState {
    private final ProgramRow program;
    private final VolumeRow volume;
    private final String resumeOperation;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>(this, "path");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty cid = new SimpleStringProperty(this, "cid", "");
    private final StringProperty revision = new SimpleStringProperty(this, "revision");
    private final StringProperty root = new SimpleStringProperty(this, "root");
    private final ObjectProperty<SettingsChange> settings = new SimpleObjectProperty<>(this, "settings", SettingsChange.none());
    private final BooleanProperty forgetUnusedVolumes = new SimpleBooleanProperty(this, "forgetUnusedVolumes");
    private final BooleanProperty makeUpdatable = new SimpleBooleanProperty(this, "makeUpdatable", true);
    private final BooleanProperty deleteFirst = new SimpleBooleanProperty(this, "deleteFirst");
    private final ObjectProperty<Planned> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObjectProperty<RunTask> run = new SimpleObjectProperty<>(this, "run");
    private final ObjectProperty<RunOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<Throwable> runError = new SimpleObjectProperty<>(this, "runError");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public WizardState(ProgramRow program, VolumeRow volume) {
        this(program, volume, null);
    }

    /** @param resumeOperation the journal operation to resume instead of planning a new one, or null */
    public WizardState(ProgramRow program, VolumeRow volume, String resumeOperation) {
        this.program = program;
        this.volume = volume;
        this.resumeOperation = resumeOperation;
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

    /** The program's or volume's name for titles. */
    public String targetName() {
        if (program != null) {
            return program.displayName();
        }
        return volume != null ? volume.displayName() : "";
    }

    public ObjectProperty<Path> pathProperty() {
        return path;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty cidProperty() {
        return cid;
    }

    public StringProperty revisionProperty() {
        return revision;
    }

    /** The root STORE a roll-back revises (a volume's root, or a program's code root). */
    public StringProperty rootProperty() {
        return root;
    }

    public ObjectProperty<SettingsChange> settingsProperty() {
        return settings;
    }

    public BooleanProperty forgetUnusedVolumesProperty() {
        return forgetUnusedVolumes;
    }

    public BooleanProperty makeUpdatableProperty() {
        return makeUpdatable;
    }

    public BooleanProperty deleteFirstProperty() {
        return deleteFirst;
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
