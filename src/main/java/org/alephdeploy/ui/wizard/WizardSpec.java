package org.alephdeploy.ui.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alephdeploy.deploy.pack.FolderUse;
import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.LocalArtifact;

/**
 * What makes one intent's wizard: its title, its input pages (each an FXML view with its
 * controller), and how the wizard's state becomes the intent to plan. The review, confirm, run
 * and result pages are the same for every intent.
 */
public interface WizardSpec {
    /** The message key of the window title; formatted with the target's name. */
    String titleKey();

    /** The FXML resources of the input pages, in order; may be empty. */
    List<String> inputPages();

    /** How to make the controllers of the input pages. */
    default Map<Class<?>, Function<WizardContext, Object>> controllers() {
        return Map.of();
    }

    /** False for a wizard that continues a journal operation instead of planning (no review page). */
    default boolean plans() {
        return true;
    }

    /** The local file or folder to measure before planning, or null when the intent uploads nothing. */
    default Path artifact(WizardState state) {
        return state.inputs().artifact();
    }

    /** What a folder given as the artifact is packed for: code unless the wizard uploads a volume. */
    default FolderUse folderUse() {
        return FolderUse.CODE;
    }

    /** The intent for the state, given the measured artifact (null when {@link #artifact} is null). Pure. */
    Intent intent(WizardState state, LocalArtifact artifact);

    /** The message key of the file page's explanation (intents that upload a file). */
    default String fileHintKey() {
        return "wizard.file.hint";
    }

    /** The text the user must type to confirm (the program's name for deletes and recreates), or null. */
    default String typedConfirmation(WizardState state) {
        return null;
    }
}
