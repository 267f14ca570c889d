package org.alephdeploy.ui.activity;

/** What the Activity tab's buttons do with an operation; the wizards' launcher implements it. FX thread only. */
public interface ActivityActions {
    void resume(ActivityRow operation);

    /** Asks for confirmation first. */
    void abandon(ActivityRow operation);

    /** Shows the backups the operation made (the exact messages it forgot). */
    void openBackup(ActivityRow operation);

    ActivityActions NONE = new ActivityActions() {
        @Override
        public void resume(ActivityRow operation) {
        }

        @Override
        public void abandon(ActivityRow operation) {
        }

        @Override
        public void openBackup(ActivityRow operation) {
        }
    };
}
