package org.alephdeploy.ui.wizard;

/** Where the shared pages' FXML lives. */
public final class WizardPages {
    public static final String FRAME = "/org/alephdeploy/ui/wizard/Wizard.fxml";
    public static final String CHOOSE_FILE = "/org/alephdeploy/ui/wizard/ChooseFile.fxml";
    public static final String REVIEW = "/org/alephdeploy/ui/wizard/Review.fxml";
    public static final String CONFIRM = "/org/alephdeploy/ui/wizard/Confirm.fxml";
    public static final String RUN = "/org/alephdeploy/ui/wizard/Run.fxml";
    public static final String RESULT = "/org/alephdeploy/ui/wizard/Result.fxml";

    private WizardPages() {
    }
}
