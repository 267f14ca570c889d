package org.alephdeploy.app;

import org.alephdeploy.cli.Cli;

/**
 * The entry point. Not a JavaFX {@code Application}, so that the JAR starts with JavaFX on the
 * class path: no arguments opens the window, any argument runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StartupWarmup.begin();
            javafx.application.Application.launch(DesktopApp.class, args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
