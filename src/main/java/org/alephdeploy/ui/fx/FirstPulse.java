package org.alephdeploy.ui.fx;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that waits for a window's first frame: what the first frame does not show is built or
 * started once the first pulse has laid the scene out, so that the window appears first. FX thread
 * only.
 */
public final class FirstPulse {
    private FirstPulse() {
    }

    /**
     * Runs {@code then} on the FX thread after the next pulse that lays out {@code scene} (for a
     * window being shown, its first frame), in an event of its own so that the frame is not held up.
     */
    public static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
