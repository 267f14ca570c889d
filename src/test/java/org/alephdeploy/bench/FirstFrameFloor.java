package org.alephdeploy.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the first-frame benchmark: the least a JavaFX window can do on this machine, a
 * Stage with a Scene holding one Label, launched the way the app is (a plain main class, JavaFX on
 * the class path, the software pipeline where the app picks it), printing the same marker after its
 * first pulse laid it out. {@link FirstFrameBenchmark} times it next to the app, so the app's figure
 * can be read against what is reachable. Not part of the app.
 */
public final class FirstFrameFloor {
    private FirstFrameFloor() {
    }

    public static void main(String[] args) {
        // the same choice as app.RenderingPipeline, written again: the bench does not call the app
        if (System.getProperty("prism.order") == null && System.getProperty("os.name", "").startsWith("Linux")
                && Stream.of("/dev/dri", "/dev/nvidiactl", "/dev/dxg").map(Path::of).noneMatch(Files::exists)) {
            System.setProperty("prism.order", "sw");
        }
        Application.launch(Window.class, args);
    }

    /** The window: one label. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Aleph Deploy"), 1100, 700);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println(FirstFrameBenchmark.MARKER + " " + since + " ms after JVM start");
                if ("exit".equals(System.getenv("ALEPH_FIRST_FRAME_MARKER"))) {
                    Thread exit = new Thread(() -> System.exit(0), "first-frame-exit");
                    exit.setDaemon(true);
                    exit.start();
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.setTitle("floor");
            stage.show();
        }
    }
}
