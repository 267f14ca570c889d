package org.alephdeploy.app;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop window: builds the composition root for this user, applies the saved theme, opens
 * the main window where it was left; on exit stops polling the journal, saves the settings and
 * stops the local sandbox.
 */
public final class DesktopApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.builder().forThisUser().build();
        context.wizards().ifPresent(w -> w.openUrlWith(getHostServices()::showDocument));
        context.shell().details().openUrlProperty().set(getHostServices()::showDocument);
        context.errors().install();
        context.theme().start();
        FirstFrameMarker.watch(context.start(stage).getScene());
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
