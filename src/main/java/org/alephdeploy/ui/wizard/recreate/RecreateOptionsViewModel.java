package org.alephdeploy.ui.wizard.recreate;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.deploy.plan.SettingsChange;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;
import org.alephdeploy.ui.wizard.FileChoiceViewModel;

/**
 * The recreate options: optional new code (checked on a worker: it must exist), "make the new
 * program updatable" with what each choice means for the next change, and delete-first. When
 * the wizard was opened for new code of a locked program, the reason comes first. FX thread only.
 */
public final class RecreateOptionsViewModel {
    private final RecreateInputs inputs;
    private final FxTasks tasks;
    private final LatestOnly probes = new LatestOnly();
    private final String hint;
    private final StringProperty codeText = new SimpleStringProperty(this, "codeText", "");
    private final ReadOnlyStringWrapper codeNote = new ReadOnlyStringWrapper(this, "codeNote", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final StringBinding updatableWords;

    public RecreateOptionsViewModel(RecreateInputs inputs, String programName, FxTasks tasks) {
        this.inputs = inputs;
        this.tasks = tasks;
        this.hint = I18n.format("wizard.recreate.hint", programName);
        updatableWords = Bindings.createStringBinding(() -> I18n.get(inputs.makeUpdatableProperty().get()
                ? "wizard.recreate.updatableOn" : "wizard.recreate.updatableOff"), inputs.makeUpdatableProperty());
        codeText.addListener((obs, old, now) -> typed(now));
        inputs.codeProperty().addListener((obs, old, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(codeText.get())) {
                codeText.set(text);
            }
            probe(now);
        });
        Path initial = inputs.codeProperty().get();
        codeText.set(initial == null ? "" : initial.toString());
        probe(initial);
    }

    public String hint() {
        return hint;
    }

    /** Why this is a recreate although the user asked for new code; "" when the user asked for a recreate. */
    public String reason() {
        return inputs.reason() == null ? "" : inputs.reason();
    }

    /** The settings carried over from the step that led here, in words; "" when none. */
    public String carriedSettings() {
        SettingsChange c = inputs.change();
        if (c.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.vcpus() != null) {
            parts.add(I18n.format("wizard.recreate.carriedVcpus", c.vcpus()));
        }
        if (c.memoryMib() != null) {
            parts.add(I18n.format("wizard.recreate.carriedMemory", c.memoryMib()));
        }
        if (c.timeoutSeconds() != null) {
            parts.add(I18n.format("wizard.recreate.carriedTimeout", c.timeoutSeconds()));
        }
        int variables = c.setVariables().size() + c.removeVariables().size();
        if (variables > 0) {
            parts.add(I18n.format("wizard.recreate.carriedVariables", variables));
        }
        if (c.persistent() != null || c.internet() != null) {
            parts.add(I18n.get("wizard.recreate.carriedBehaviour"));
        }
        int references = c.volumes().size() + c.references().size();
        if (references > 0) {
            parts.add(I18n.format("wizard.recreate.carriedReferences", references));
        }
        return I18n.format("wizard.recreate.carried", String.join(", ", parts));
    }

    /** A file or folder chosen with a dialog. */
    public void choose(Path path) {
        inputs.codeProperty().set(path);
    }

    private void typed(String text) {
        if (text == null || text.isBlank()) {
            inputs.codeProperty().set(null);
            return;
        }
        try {
            Path p = Path.of(text.strip());
            if (!Objects.equals(p, inputs.codeProperty().get())) {
                inputs.codeProperty().set(p);
            }
        } catch (InvalidPathException e) {
            probes.dropAll();
            codeNote.set("");
            error.set(I18n.format("wizard.file.invalid", text));
            valid.set(false);
        }
    }

    private void probe(Path path) {
        LatestOnly.Ticket mine = probes.next();
        error.set("");
        if (path == null) {
            codeNote.set(I18n.get("wizard.recreate.keepCode"));
            valid.set(true);
            return;
        }
        valid.set(false);
        codeNote.set(I18n.get("wizard.file.checking"));
        tasks.run(() -> FileChoiceViewModel.describe(path))
                .onSuccess(mine.ifCurrent(words -> {
                    codeNote.set(words);
                    valid.set(true);
                }))
                .onError(Exception.class, mine.ifCurrent(e -> {
                    codeNote.set("");
                    error.set(I18n.format("wizard.file.missing", path));
                }))
                .start();
    }

    public StringProperty codeTextProperty() {
        return codeText;
    }

    /** What the new code is (a file and its size, a folder), or that the current code is kept. */
    public ReadOnlyStringProperty codeNoteProperty() {
        return codeNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public BooleanProperty makeUpdatableProperty() {
        return inputs.makeUpdatableProperty();
    }

    /** What the updatable choice means for the next change. */
    public StringBinding updatableWordsBinding() {
        return updatableWords;
    }

    public BooleanProperty deleteFirstProperty() {
        return inputs.deleteFirstProperty();
    }
}
