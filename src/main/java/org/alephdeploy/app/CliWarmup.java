package org.alephdeploy.app;

import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.alephdeploy.message.EthSignatures;
import org.slf4j.LoggerFactory;

/**
 * Prepares, on a thread of its own while the main thread builds the command tree and parses the
 * arguments, what a command that talks to a node needs first: logging (logback sets itself up,
 * {@link LoggingSetup}), the TLS trust store (the JDK's cacerts, parsed once and cached; the HTTP
 * clients read it when built), the JSON mapper, the node client and the native secp256k1 library
 * (extracted from its jar and loaded). Side-effect free: a class that fails here fails again where
 * it is used, and is reported there.
 */
final class CliWarmup {
    /** Initialized in this order. */
    private static final List<String> CLASSES = List.of(
            "org.alephdeploy.message.Json",
            "okhttp3.OkHttpClient",
            "org.alephdeploy.ccn.CcnClient");

    private CliWarmup() {
    }

    /** Starts the warm-up thread and returns at once. */
    static void begin() {
        Thread t = new Thread(CliWarmup::run, "cli-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        LoggerFactory.getILoggerFactory();
        try {
            SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            // the node client meets the same failure and reports it
        }
        ClassLoader loader = CliWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
        EthSignatures.recoveryImplementation();
    }
}
