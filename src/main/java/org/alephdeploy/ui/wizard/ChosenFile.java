package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The input of a wizard whose page is "choose the file": the file or folder to upload, and for a
 * new volume its name. The intents' own inputs extend it. FX thread only.
 */
public class ChosenFile implements WizardInputs {
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>(this, "path");

    public ChosenFile(Path initial) {
        path.set(initial);
    }

    public final ObjectProperty<Path> pathProperty() {
        return path;
    }

    @Override
    public final Path artifact() {
        return path.get();
    }

    /** The name the page asks for too, when the upload makes something new that has a name. */
    public Optional<StringProperty> name() {
        return Optional.empty();
    }
}
