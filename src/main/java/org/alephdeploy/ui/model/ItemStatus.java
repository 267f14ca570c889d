package org.alephdeploy.ui.model;

import org.alephdeploy.ui.fx.I18n;

/** A message's status on the node, as the tables show it. */
public enum ItemStatus {
    PROCESSED(I18n.key("model.status.processed")),
    PENDING(I18n.key("model.status.pending")),
    REJECTED(I18n.key("model.status.rejected")),
    FORGOTTEN(I18n.key("model.status.forgotten"));

    private final String labelKey;

    ItemStatus(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return I18n.get(labelKey);
    }

    public boolean live() {
        return this == PROCESSED || this == PENDING;
    }
}
