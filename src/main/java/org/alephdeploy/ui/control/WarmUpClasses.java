package org.alephdeploy.ui.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * Loads and links, on a thread of its own, the classes the FX thread would otherwise load between
 * the window's first frame and its data (listed in {@code warm-up-classes.txt}): reading them from
 * the jars and verifying their bytecode was a large part of the first table row's pulse. No class
 * is initialized here: their static set-up still runs on the FX thread, as JavaFX expects. Once a
 * JVM; a name that no longer exists is skipped.
 */
public final class WarmUpClasses {
    static final String LIST = "warm-up-classes.txt";
    /** What waits for the classes, in the order it asked (a CompletableFuture would run it in reverse). */
    private static List<Runnable> waiting;
    private static boolean loaded;

    private WarmUpClasses() {
    }

    /**
     * Runs {@code then} on the FX thread, in an event of its own, once the classes are loaded, starting their
     * loading if it has not started. Work given earlier runs first.
     */
    public static synchronized void thenOnFx(Runnable then) {
        if (loaded) {
            Platform.runLater(then);
            return;
        }
        if (waiting == null) {
            waiting = new ArrayList<>();
            Thread t = new Thread(WarmUpClasses::load, "fx-class-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
        waiting.add(then);
    }

    private static void load() {
        try {
            names().forEach(WarmUpClasses::loadAndLink);
        } finally {
            synchronized (WarmUpClasses.class) {
                loaded = true;
                waiting.forEach(Platform::runLater);
                waiting.clear();
            }
        }
    }

    /** The listed class names, in the order the FX thread met them. */
    static List<String> names() {
        try (InputStream in = WarmUpClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loadAndLink(String name) {
        try {
            // asking for its constructors makes the JVM link (verify) the class without initializing it
            Class.forName(name, false, WarmUpClasses.class.getClassLoader()).getDeclaredConstructors();
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // the FX thread loads it itself, or never needs it
        }
    }
}
