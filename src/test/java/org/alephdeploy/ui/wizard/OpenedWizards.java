package org.alephdeploy.ui.wizard;

import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

/** Follows the wizards a launcher opens: the newest one's frame and its window. FX thread. */
public final class OpenedWizards {
    private volatile WizardFrameController newest;

    private OpenedWizards() {
    }

    /** Starts following {@code launcher} (attached to its window); install before any wizard opens. */
    public static OpenedWizards follow(WizardLauncher launcher) {
        OpenedWizards opened = new OpenedWizards();
        launcher.opener().open().addListener((ListChangeListener<WizardFrameController>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(frame -> opened.newest = frame);
            }
        });
        return opened;
    }

    /** The frame of the wizard opened last, or null before the first. */
    public WizardFrameController frame() {
        return newest;
    }

    /** The window of the wizard opened last (still known after it closed). */
    public Stage stage() {
        return (Stage) newest.currentRoot().getScene().getWindow();
    }
}
