package org.alephdeploy.ui.activity;

import org.alephdeploy.ui.fx.I18n;

/** Where an operation of the journal stands. */
public enum ActivityState {
    RUNNING(I18n.key("activity.state.running")),
    WAITING(I18n.key("activity.state.waiting")),
    INTERRUPTED(I18n.key("activity.state.interrupted")),
    DONE(I18n.key("activity.state.done")),
    FAILED(I18n.key("activity.state.failed")),
    ABANDONED(I18n.key("activity.state.abandoned"));

    private final String labelKey;

    ActivityState(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return I18n.get(labelKey);
    }
}
