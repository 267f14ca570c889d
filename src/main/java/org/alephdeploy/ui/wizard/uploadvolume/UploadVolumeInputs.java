package org.alephdeploy.ui.wizard.uploadvolume;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.alephdeploy.ui.wizard.ChosenFile;

/** The input of "upload a new volume": the file or folder, and the volume's name (optional). FX thread only. */
public final class UploadVolumeInputs extends ChosenFile {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");

    public UploadVolumeInputs(Path initial, String initialName) {
        super(initial);
        name.set(initialName == null ? "" : initialName);
    }

    public StringProperty nameProperty() {
        return name;
    }

    @Override
    public Optional<StringProperty> name() {
        return Optional.of(name);
    }

    /** The name to publish: stripped, or null when none was typed. */
    public String chosenName() {
        String n = name.get();
        return n == null || n.isBlank() ? null : n.strip();
    }
}
