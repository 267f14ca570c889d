package org.alephdeploy.app;

import java.util.List;
import org.alephdeploy.cli.Cli;

/**
 * The entry point. Not a JavaFX {@code Application}, so that the JAR starts with JavaFX on the
 * class path: no arguments, or only {@code --data-dir}/{@code --node} ({@link WindowOptions}),
 * opens the window; anything else runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            StartupTimeline.mark("main");
            RenderingPipeline.chooseBeforeStart();
            StartupWarmup.begin();
            javafx.application.Application.launch(DesktopApp.class, args);
            return;
        }
        CliWarmup.begin();
        System.exit(Cli.run(args));
    }

    /** Whether {@code args} open the window rather than run a command. */
    static boolean opensWindow(String... args) {
        return WindowOptions.of(List.of(args)).isPresent();
    }
}
