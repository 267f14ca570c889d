package org.alephdeploy.ui.wizard;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.ui.fx.FxTasks;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.fx.LatestOnly;
import org.alephdeploy.ui.model.Sizes;

/**
 * The "choose the file" page: the path typed, chosen or dropped, and what is there (a file and
 * its size, or a folder to pack), found out on a worker. Only an existing file or folder lets the
 * wizard go on. FX thread only.
 */
public final class FileChoiceViewModel {
    private final ChosenFile inputs;
    private final FxTasks tasks;
    private final LatestOnly probes = new LatestOnly();
    private final StringProperty pathText = new SimpleStringProperty(this, "pathText", "");
    private final ReadOnlyStringWrapper probe = new ReadOnlyStringWrapper(this, "probe", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final String hint;

    /** @param hint the page's explanation, already in words */
    public FileChoiceViewModel(ChosenFile inputs, String hint, FxTasks tasks) {
        this.inputs = inputs;
        this.tasks = tasks;
        this.hint = hint;
        inputs.pathProperty().addListener((obs, old, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(pathText.get())) {
                pathText.set(text);
            }
            probe(now);
        });
        pathText.addListener((obs, old, now) -> typed(now));
        if (inputs.pathProperty().get() != null) {
            pathText.set(inputs.pathProperty().get().toString());
            probe(inputs.pathProperty().get());
        }
    }

    public String hint() {
        return hint;
    }

    /** A file or folder chosen with a dialog or dropped. */
    public void choose(Path path) {
        inputs.pathProperty().set(path);
    }

    private void typed(String text) {
        if (text == null || text.isBlank()) {
            inputs.pathProperty().set(null);
            return;
        }
        try {
            Path p = Path.of(text.strip());
            if (!Objects.equals(p, inputs.pathProperty().get())) {
                inputs.pathProperty().set(p);
            }
        } catch (InvalidPathException e) {
            probes.dropAll();
            valid.set(false);
            show(I18n.format("wizard.file.invalid", text), true);
        }
    }

    private void probe(Path path) {
        LatestOnly.Ticket mine = probes.next();
        valid.set(false);
        if (path == null) {
            show("", false);
            return;
        }
        show(I18n.get("wizard.file.checking"), false);
        tasks.run(() -> describe(path))
                .onSuccess(mine.ifCurrent(words -> {
                    show(words, false);
                    valid.set(true);
                }))
                .onError(Exception.class, mine.ifCurrent(e -> show(I18n.format("wizard.file.missing", path), true)))
                .start();
    }

    /** What is at {@code path} in words (worker only: it reads the disk); fails when nothing is there. */
    public static String describe(Path path) throws Exception {
        if (Files.isDirectory(path)) {
            return I18n.get("wizard.file.folder");
        }
        if (Files.isRegularFile(path)) {
            return I18n.format("wizard.file.file", path.getFileName(), Sizes.bytes(Files.size(path)));
        }
        throw new FileNotFoundException(path.toString());
    }

    private void show(String words, boolean isProblem) {
        probe.set(words);
        problem.set(isProblem);
    }

    /** The path as the field shows it; typing here sets the wizard's file. */
    public StringProperty pathTextProperty() {
        return pathText;
    }

    /** What is at the path, or why it cannot be used. */
    public ReadOnlyStringProperty probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** True when {@link #probeProperty} says why the path cannot be used. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether the page also asks for a name (a new volume). */
    public boolean asksName() {
        return inputs.name().isPresent();
    }

    /** The name asked for, or null when the page asks for none. */
    public StringProperty nameProperty() {
        return inputs.name().orElse(null);
    }
}
