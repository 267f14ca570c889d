package org.alephdeploy.ui.fx;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.alephdeploy.settings.Settings;

/**
 * Puts the main window where the user left it (size, position, maximized) and records each move
 * in the settings. A saved place that no screen shows any more (a monitor was unplugged) is
 * ignored. While maximized, the normal bounds are kept for the next start. FX thread only.
 */
public final class WindowPlacement {
    private static final double MIN_VISIBLE = 48;

    private WindowPlacement() {
    }

    /** Call before the stage is shown. */
    public static void restore(Stage stage, UiSettings settings) {
        Settings.Window w = settings.windowProperty().get();
        if (w != null && w.getWidth() >= stage.getMinWidth() && w.getHeight() >= stage.getMinHeight()
                && onSomeScreen(w)) {
            stage.setX(w.getX());
            stage.setY(w.getY());
            stage.setWidth(w.getWidth());
            stage.setHeight(w.getHeight());
        }
        if (w != null && w.isMaximized()) {
            stage.setMaximized(true);
        }
    }

    /** Records the stage's place in the settings whenever it changes. */
    public static void track(Stage stage, UiSettings settings) {
        InvalidationListener record = obs -> {
            Settings.Window old = settings.windowProperty().get();
            Settings.Window now = stage.isMaximized() && old != null
                    ? new Settings.Window(old.getX(), old.getY(), old.getWidth(), old.getHeight(), true)
                    : new Settings.Window(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            if (!now.equals(old) && !Double.isNaN(now.getWidth())) {
                settings.windowProperty().set(now);
            }
        };
        stage.xProperty().addListener(record);
        stage.yProperty().addListener(record);
        stage.widthProperty().addListener(record);
        stage.heightProperty().addListener(record);
        stage.maximizedProperty().addListener(record);
    }

    private static boolean onSomeScreen(Settings.Window w) {
        Rectangle2D titleBar = new Rectangle2D(w.getX(), w.getY(), Math.max(MIN_VISIBLE, w.getWidth()), MIN_VISIBLE);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
