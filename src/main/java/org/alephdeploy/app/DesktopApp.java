package org.alephdeploy.app;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop window: builds the composition root for this user (or for {@code --data-dir} and
 * {@code --node}, see {@link WindowOptions}), applies the saved theme, opens
 * the main window where it was left; on exit stops polling the journal, saves the settings and
 * stops the local sandbox.
 */
public final class DesktopApp extends Application {
    private AppContext context;

    public DesktopApp() {
        StartupTimeline.mark("toolkit");
    }

    @Override
    public void start(Stage stage) {
        StartupTimeline.mark("start");
        WindowOptions options = WindowOptions.of(getParameters().getRaw()).orElse(new WindowOptions(null, null));
        context = AppContext.builder().forThisUser().dirs(options.dirs()).build();
        StartupTimeline.mark("composition-root");
        options.network().ifPresent(context.shell()::restore);
        context.wizards().ifPresent(w -> w.openUrlWith(getHostServices()::showDocument));
        context.shell().details().openUrlProperty().set(getHostServices()::showDocument);
        context.errors().install();
        context.theme().start();
        StartupTimeline.mark("theme");
        Stage main = context.start(stage);
        StartupTimeline.mark("shown");
        FirstFrameMarker.watch(main.getScene());
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
