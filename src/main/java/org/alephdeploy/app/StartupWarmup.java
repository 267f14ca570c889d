package org.alephdeploy.app;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.LoggerFactory;

/**
 * Prepares, on a thread of its own while JavaFX starts its toolkit, what the window's first frame
 * needs and JavaFX does not: logging (logback sets itself up, {@link LoggingSetup}), the JSON mapper of the
 * settings, the HTTP client, its platform (which loads every security provider) and its TLS trust
 * store (read from the JDK's cacerts, which the node clients built before the first frame need). Only work without JavaFX and without side effects:
 * the FX thread finds it done instead of doing it itself. A class that fails here fails there too, where
 * the error is reported.
 */
final class StartupWarmup {
    /** Initialized in this order; none of them touches JavaFX. */
    private static final List<String> CLASSES = List.of(
            "org.alephdeploy.settings.SettingsStore",
            "org.alephdeploy.settings.Settings",
            "org.alephdeploy.message.Json",
            "org.alephdeploy.ccn.CcnClient",
            "okhttp3.OkHttpClient",
            // its static setup lists every security provider (to find Conscrypt or BouncyCastle first),
            // which loads them all: the FX thread meets it when it builds the node clients
            "okhttp3.internal.platform.Platform");

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
        try {
            // what OkHttp does for its default socket factory; the JDK caches the parsed trust store
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            SSLContext.getInstance("TLS").init(null, trust.getTrustManagers(), null);
        } catch (GeneralSecurityException e) {
            // the node client meets the same failure and reports it
        }
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
        StartupTimeline.mark("warm-up");
    }
}
