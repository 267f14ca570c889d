package org.alephdeploy.ui.wizard.settings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
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
import org.alephdeploy.deploy.plan.OfficialRuntimes;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.deploy.plan.VolumeChange;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.ShortHash;

/**
 * The settings editor: the program's current settings, read on a worker, in editable fields;
 * every edit is checked, turned into the before → after lines the page shows and into the
 * change the wizard plans. Next needs a valid edit that changes something. FX thread only.
 */
public final class SettingsViewModel {
    private final SettingsInputs inputs;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final StringProperty vcpus = new SimpleStringProperty(this, "vcpus", "");
    private final StringProperty memory = new SimpleStringProperty(this, "memory", "");
    private final StringProperty timeout = new SimpleStringProperty(this, "timeout", "");
    private final StringProperty variables = new SimpleStringProperty(this, "variables", "");
    private final StringProperty volumes = new SimpleStringProperty(this, "volumes", "");
    private final BooleanProperty persistent = new SimpleBooleanProperty(this, "persistent");
    private final BooleanProperty internet = new SimpleBooleanProperty(this, "internet");
    private final BooleanProperty newestRuntime = new SimpleBooleanProperty(this, "newestRuntime");
    private final ReadOnlyStringWrapper runtimeOffer = new ReadOnlyStringWrapper(this, "runtimeOffer", "");
    private final ReadOnlyStringWrapper handedOverNote = new ReadOnlyStringWrapper(this, "handedOverNote", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ObservableList<SettingsDiff.Line> diff = FXCollections.observableArrayList();
    private ProgramSettings before;

    /**
     * @param locked whether the program is immutable (a change re-creates it instead of amending it)
     * @param current reads the program's current settings; called on a worker
     */
    public SettingsViewModel(SettingsInputs inputs, boolean locked, FxTasks tasks, Callable<ProgramSettings> current) {
        this.inputs = inputs;
        hint.set(I18n.get(locked ? "wizard.settings.hintRecreate" : "wizard.settings.hintAmend"));
        SettingsChange handed = inputs.handedOver();
        int carried = handed.references().size();
        handedOverNote.set(carried == 0 ? "" : I18n.format("wizard.settings.handedOver", carried));
        status.set(I18n.get("wizard.settings.loading"));
        tasks.run(current).onSuccess(this::show)
                .onError(Exception.class, e -> {
                    status.set("");
                    error.set(I18n.format("wizard.settings.loadFailed", String.valueOf(e.getMessage())));
                })
                .start();
    }

    private void show(ProgramSettings settings) {
        before = settings;
        SettingsChange handed = inputs.handedOver();
        vcpus.set(String.valueOf(handed.vcpus() != null ? handed.vcpus() : settings.vcpus()));
        memory.set(String.valueOf(handed.memoryMib() != null ? handed.memoryMib() : settings.memoryMib()));
        timeout.set(String.valueOf(handed.timeoutSeconds() != null ? handed.timeoutSeconds() : settings.timeoutSeconds()));
        Map<String, String> vars = new TreeMap<>(settings.variables());
        handed.removeVariables().forEach(vars::remove);
        vars.putAll(handed.setVariables());
        variables.set(SettingsText.variables(vars));
        volumes.set(SettingsText.volumes(SettingsDiff.withVolumeChanges(settings.volumes(), handed.volumes())));
        persistent.set(handed.persistent() != null ? handed.persistent() : settings.persistent());
        internet.set(handed.internet() != null ? handed.internet() : settings.internet());
        runtimeOffer.set(SettingsDiff.offersNewestRuntime(settings)
                ? I18n.format("wizard.settings.runtimeOffer", SettingsDiff.runtimeWords(settings.runtimeRef()),
                        ShortHash.of(OfficialRuntimes.newest()))
                : "");
        loaded.set(true);
        for (Observable o : List.of(vcpus, memory, timeout, variables, volumes, persistent, internet, newestRuntime)) {
            o.addListener(x -> update());
        }
        update();
    }

    private void update() {
        SettingsText.Parsed<Integer> c = SettingsText.number(vcpus.get(), "wizard.settings.vcpus", SettingsText.MAX_VCPUS);
        SettingsText.Parsed<Integer> m = SettingsText.number(memory.get(), "wizard.settings.memory", SettingsText.MAX_MEMORY_MIB);
        SettingsText.Parsed<Integer> t = SettingsText.number(timeout.get(), "wizard.settings.timeout", SettingsText.MAX_TIMEOUT_SECONDS);
        SettingsText.Parsed<Map<String, String>> vars = SettingsText.variables(variables.get());
        SettingsText.Parsed<List<ProgramSettings.MountedVolume>> vols = SettingsText.volumes(volumes.get());
        String problem = c.ok() ? m.ok() ? t.ok() ? vars.ok() ? vols.problem() : vars.problem() : t.problem() : m.problem() : c.problem();
        if (problem != null) {
            status.set("");
            error.set(problem);
            valid.set(false);
            return;
        }
        SettingsEdit edit = new SettingsEdit(c.value(), m.value(), t.value(), vars.value(), persistent.get(), internet.get(),
                newestRuntime.get(), vols.value());
        SettingsChange handed = inputs.handedOver();
        // the handed-over volume changes are in the volumes field already: the edit carries them
        SettingsChange base = new SettingsChange(handed.vcpus(), handed.memoryMib(), handed.timeoutSeconds(), handed.setVariables(),
                handed.removeVariables(), handed.persistent(), handed.internet(), null, handed.references());
        diff.setAll(SettingsDiff.lines(before, edit));
        diff.addAll(SettingsDiff.referenceLines(base.references()));
        SettingsChange change = SettingsDiff.change(before, edit, base);
        inputs.changeProperty().set(change);
        error.set("");
        boolean ephemeral = change.volumes().stream().anyMatch(v -> v.kind() == VolumeChange.Kind.EPHEMERAL);
        status.set(change.isEmpty() ? I18n.get("wizard.settings.nothingChanged") : ephemeral ? I18n.get("wizard.settings.ephemeralNote") : "");
        valid.set(!change.isEmpty());
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** True once the current settings are in the fields. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty vcpusProperty() {
        return vcpus;
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    /** {@code KEY=value} lines: edit a value to change it, delete a line to remove the variable, add a line to add one. */
    public StringProperty variablesProperty() {
        return variables;
    }

    /**
     * The program's volumes, one line each: {@code /mount = STORE hash} ({@code pinned} at the end pins
     * it), {@code /mount = ephemeral 100 MiB}, {@code /mount = persistent NAME 500 MiB host}.
     */
    public StringProperty volumesProperty() {
        return volumes;
    }

    public BooleanProperty persistentProperty() {
        return persistent;
    }

    public BooleanProperty internetProperty() {
        return internet;
    }

    /** Switch to the newest official runtime (offered only when the program runs another one). */
    public BooleanProperty newestRuntimeProperty() {
        return newestRuntime;
    }

    /** The words of the runtime offer, "" when the program already runs the newest official runtime. */
    public ReadOnlyStringProperty runtimeOfferProperty() {
        return runtimeOffer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty handedOverNoteProperty() {
        return handedOverNote.getReadOnlyProperty();
    }

    /** What is wrong with the edit or the reading of the settings (what, why, what to do); "" when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why Next waits when nothing is wrong (reading the settings, nothing changed yet); "" otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What the edit changes, before → after, updated as the user types. */
    public ObservableList<SettingsDiff.Line> diff() {
        return FXCollections.unmodifiableObservableList(diff);
    }
}
