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
        return load(resource, controllerFactory);
    }

    /**
     * Loads {@code resource} with a controller made before (by {@link #controller(ViewId)}), so that a view
     * can be loaded only when it is first shown while its controller answers from the start.
     */
    public <C> View<C> load(String resource, C controller) {
        return load(resource, type -> type.isInstance(controller) ? controller : controllerFactory.call(type));
    }

    /** Makes the controller of {@code view} without loading the view. */
    public <C> C controller(ViewId<C> view) {
        return view.controller().cast(controllerFactory.call(view.controller()));
    }

    /** Loads {@code view} with its controller made by the factory. */
    public <C> View<C> load(ViewId<C> view) {
        return load(view.resource(), controllerFactory);
    }

    private static <C> View<C> load(String resource, Callback<Class<?>, Object> factory) {
        URL url = ViewLoader.class.getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no FXML view at " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("could not load view " + resource, e);
        }
    }
}
