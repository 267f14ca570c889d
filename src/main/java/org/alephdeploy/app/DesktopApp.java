package org.alephdeploy.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop window: builds the composition root, applies the theme, opens the main window. */
public final class DesktopApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.builder().build();
        context.errors().install();
        context.theme().start();
        context.windows().showMain(stage);
        context.shell().refresh();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
