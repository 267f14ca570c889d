package org.alephdeploy.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.scene.Scene;

/**
 * For the startup benchmark and the class-data archive: with {@code -Daleph.firstFrameMarker=true}
 * (or the environment variable {@code ALEPH_FIRST_FRAME_MARKER=1}, which reaches a packaged
 * launcher too), prints {@value #MARKER} and the milliseconds since the JVM started to standard
 * error once the main window's first pulse has laid it out, i.e. when its first frame goes to the
 * screen. With the value {@code exit} the process then exits (status 0, settings not saved): the
 * training run that writes the AppCDS archive. Off by default: then it does nothing.
 */
final class FirstFrameMarker {
    static final String MARKER = "aleph-first-frame";
    static final String PROPERTY = "aleph.firstFrameMarker";
    static final String ENVIRONMENT = "ALEPH_FIRST_FRAME_MARKER";

    private FirstFrameMarker() {
    }

    /** "true"/"1", "exit", or null when off. */
    private static String setting() {
        String value = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (value == null) {
            return null;
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        return value.equals("true") || value.equals("1") || value.equals("exit") ? value : null;
    }

    static boolean enabled() {
        return setting() != null;
    }

    /**
     * When enabled, prints the steps of the start ({@link StartupTimeline}) and the marker after the first
     * pulse that lays out {@code scene}.
     */
    static void watch(Scene scene) {
        String setting = setting();
        if (setting == null || scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long now = System.nanoTime();
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println(StartupTimeline.line(sinceStart, now));
            System.err.println(MARKER + " " + sinceStart + " ms after JVM start");
            if (setting.equals("exit")) {
                // not Platform.exit: a dialog's nested event loop may be open (the first start offers
                // the sandbox), and tearing it down from under it crashes GTK's glass
                Thread exit = new Thread(() -> System.exit(0), "first-frame-exit");
                exit.setDaemon(true);
                exit.start();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
