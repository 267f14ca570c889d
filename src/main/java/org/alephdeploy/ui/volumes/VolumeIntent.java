package org.alephdeploy.ui.volumes;

import org.alephdeploy.ui.fx.I18n;

/** The changes a user can start from the volumes screen. */
public enum VolumeIntent {
    UPDATE(I18n.key("volumes.intent.update")),
    PIN_CID(I18n.key("volumes.intent.pinCid")),
    ROLL_BACK(I18n.key("volumes.intent.rollBack")),
    FORGET(I18n.key("volumes.intent.forget"));

    private final String labelKey;

    VolumeIntent(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return I18n.get(labelKey);
    }
}
