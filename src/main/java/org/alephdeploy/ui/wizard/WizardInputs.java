package org.alephdeploy.ui.wizard;

import java.nio.file.Path;

/**
 * One intent's input, as its input pages edit it and its spec turns it into the intent: each
 * intent has its own type (the file of an update, the options of a recreate, the revision of a
 * roll-back). FX thread only.
 */
public interface WizardInputs {
    /** The input of a wizard that asks for nothing (forget a volume, resume an operation). */
    WizardInputs NONE = new WizardInputs() {
    };

    /** The local file or folder to measure before planning, or null when the intent uploads nothing. */
    default Path artifact() {
        return null;
    }
}
