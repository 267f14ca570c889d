package org.alephdeploy.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * Loads FXML views with the message bundle and a controller factory, so that controllers get
 * their dependencies through their constructors from the composition root. FX thread only.
 */
public final class ViewLoader {
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = controllerFactory;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code resource}, an absolute class-path name such as {@code /org/alephdeploy/ui/shell/MainWindow.fxml}. */
    public <C> View<C> load(String resource) {
        URL url = ViewLoader.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no FXML view at " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("could not load view " + resource, e);
        }
    }
}
