package org.alephdeploy.app;

import java.util.List;
import org.alephdeploy.ccn.CcnClient;
import org.slf4j.LoggerFactory;

/**
 * Prepares, on a thread of its own while JavaFX starts its toolkit, what the window's first frame
 * needs and JavaFX does not: logging (logback sets itself up, {@link LoggingSetup}), the JSON mapper of the
 * settings, the HTTP client, its platform (which loads every security provider) and its TLS set-up
 * (a node client made and closed: the JDK's cacerts read and parsed, which the node clients built
 * before the first frame need). Only work without JavaFX and without side effects:
 * the FX thread finds it done instead of doing it itself. A class that fails here fails there too, where
 * the error is reported.
 */
final class StartupWarmup {
    /** Initialized in this order; none of them touches JavaFX. */
    private static final List<String> CLASSES = List.of(
            "org.alephdeploy.settings.SettingsStore",
            "org.alephdeploy.settings.Settings",
            "org.alephdeploy.message.Json");

    /** Never contacted: making a client contacts nobody. */
    private static final String UNUSED_NODE = "http://127.0.0.1:9";

    private StartupWarmup() {
    }

    /** Starts the warm-up thread and returns at once. */
    static void begin() {
        Thread t = new Thread(StartupWarmup::run, "startup-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        LoggerFactory.getILoggerFactory();
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
        // one node client made and closed, as the composition root makes two: OkHttp's platform (whose
        // static setup lists every security provider, which loads them all) and its TLS set-up (the JDK's
        // trust store read and parsed, OkHttp's trust manager and certificate index) are then cached
        // or their classes loaded, and the FX thread's clients take a millisecond each (was ~75 ms)
        try {
            CcnClient.builder().nodes(List.of(UNUSED_NODE)).build().close();
        } catch (RuntimeException | LinkageError e) {
            // the composition root meets the same failure and reports it
        }
        StartupTimeline.mark("warm-up");
    }
}
