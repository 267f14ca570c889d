package org.alephdeploy.ui.fx;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages views and view models put to the user. Implementations block the
 * caller until the user answers (modal), so call from the FX thread only. Tests answer through
 * a scripted implementation.
 */
public interface Dialogs {
    void info(String title, String text);

    /** Yes/no question; {@code confirmLabel} names the action ("Delete", not "OK"). */
    boolean confirm(String title, String text, String confirmLabel);

    void error(ErrorReport report);

    /**
     * For destructive steps: the user must type {@code expected} (a name, say) before the
     * confirm button is enabled. True only when the user confirmed with the exact text.
     */
    boolean confirmByTyping(String title, String text, String expected, String confirmLabel);

    Optional<String> askText(String title, String prompt, String initial);

    Optional<Path> chooseFile(String title);

    Optional<Path> chooseFolder(String title);
}
