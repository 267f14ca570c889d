package org.alephdeploy.ui.fx;

import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;

/**
 * Applies the chosen {@link Theme} as the user-agent stylesheet and adds {@code app.css}, which
 * holds only what the theme lacks, to every scene. FX thread only.
 */
public final class ThemeManager {
    private static final String APP_CSS = "/org/alephdeploy/ui/app.css";

    private final ObjectProperty<Theme> setting;

    public ThemeManager(ObjectProperty<Theme> setting) {
        this.setting = setting;
    }

    /** Applies the current theme and follows later changes of the setting. */
    public void start() {
        apply(setting.get());
        setting.addListener((obs, old, now) -> apply(now));
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Theme> themeProperty() {
        return setting;
    }

    public Theme current() {
        return setting.get();
    }

    public void toggle() {
        setting.set(setting.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    private static void apply(Theme theme) {
        Application.setUserAgentStylesheet(Objects.requireNonNullElse(theme, Theme.LIGHT).userAgentStylesheet());
    }

    public static String appStylesheet() {
        URL url = Objects.requireNonNull(ThemeManager.class.getResource(APP_CSS), APP_CSS);
        return url.toExternalForm();
    }

    public static void style(Scene scene) {
        String css = appStylesheet();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
