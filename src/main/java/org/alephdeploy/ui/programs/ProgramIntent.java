package org.alephdeploy.ui.programs;

import org.alephdeploy.ui.fx.I18n;

/** The changes a user can start from the programs screen. */
public enum ProgramIntent {
    UPDATE_CODE(I18n.key("programs.intent.updateCode")),
    CHANGE_SETTINGS(I18n.key("programs.intent.changeSettings")),
    DELETE(I18n.key("programs.intent.delete")),
    RECREATE(I18n.key("programs.intent.recreate")),
    ROLL_BACK(I18n.key("programs.intent.rollBack"));

    private final String labelKey;

    ProgramIntent(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return I18n.get(labelKey);
    }
}
