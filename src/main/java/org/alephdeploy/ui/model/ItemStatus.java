package org.alephdeploy.ui.model;

import org.alephdeploy.ui.fx.I18n;

/**
 * A message's status on the node, as the tables show it. Removing (the node's balance rules found
 * its payment ran out) comes in one value per reason, so that the badge can say what to top up.
 */
public enum ItemStatus {
    PROCESSED(I18n.key("model.status.processed"), null),
    PENDING(I18n.key("model.status.pending"), null),
    REJECTED(I18n.key("model.status.rejected"), null),
    FORGOTTEN(I18n.key("model.status.forgotten"), null),
    /** Removing because the ALEPH its owner holds no longer covers it. */
    REMOVING_BALANCE(I18n.key("model.status.removing"), I18n.key("model.status.removingBalance")),
    /** Removing because its owner's credits ran out. */
    REMOVING_CREDIT(I18n.key("model.status.removing"), I18n.key("model.status.removingCredit")),
    /** Removing, the node did not say why. */
    REMOVING(I18n.key("model.status.removing"), I18n.key("model.status.removingUnknown"));

    private final String labelKey;
    private final String explanationKey;

    ItemStatus(String labelKey, String explanationKey) {
        this.labelKey = labelKey;
        this.explanationKey = explanationKey;
    }

    public String label() {
        return I18n.get(labelKey);
    }

    /** What the status means and what to do, for a status that needs it (removing); null otherwise. */
    public String explanation() {
        return explanationKey == null ? null : I18n.get(explanationKey);
    }

    /** Processed, possibly being removed: the message is in effect (its program runs, its volume is kept). */
    public boolean inEffect() {
        return this == PROCESSED || removing();
    }

    public boolean removing() {
        return this == REMOVING_BALANCE || this == REMOVING_CREDIT || this == REMOVING;
    }

    public boolean live() {
        return inEffect() || this == PENDING;
    }
}
