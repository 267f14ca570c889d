package org.alephdeploy.ui.fx;

import java.util.Objects;

/**
 * One view of the window: the FXML resource (an absolute class-path name) and the type of the
 * controller its {@code fx:controller} names, so a controller can be made before its view loads.
 * Registries of views hold these; {@code ViewsTest} checks each against its FXML.
 */
public record ViewId<C>(String resource, Class<C> controller) {
    public ViewId {
        Objects.requireNonNull(resource);
        Objects.requireNonNull(controller);
    }

    public static <C> ViewId<C> of(String resource, Class<C> controller) {
        return new ViewId<>(resource, controller);
    }
}
