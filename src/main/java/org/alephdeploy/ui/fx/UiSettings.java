package org.alephdeploy.ui.fx;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The settings the window reads and changes, as properties. Kept in memory in this round; the
 * settings store binds to these properties when it is wired in. FX thread only.
 */
public final class UiSettings {
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }
}
