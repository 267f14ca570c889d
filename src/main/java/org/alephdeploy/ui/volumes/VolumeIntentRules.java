package org.alephdeploy.ui.volumes;

import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * Which volume intents the selection allows, and why not: ownership, a key to sign with, the
 * status, revisions to go back to, and the programs (any owner's) that block a FORGET. The
 * planner has the final word in the wizard.
 */
public final class VolumeIntentRules {
    private VolumeIntentRules() {
    }

    public static IntentState of(VolumeIntent intent, VolumeRow v) {
        if (v == null) {
            return IntentState.disabled(I18n.get("volumes.reason.noSelection"));
        }
        if (v.verifyWords() != null) {
            return IntentState.disabled(I18n.format("volumes.reason.doesNotVerify", v.verifyWords()));
        }
        if (v.watchOnly()) {
            return IntentState.disabled(I18n.get("volumes.reason.watchOnly"));
        }
        if (!v.owned()) {
            return IntentState.disabled(I18n.format("volumes.reason.notOwned", v.owner()));
        }
        if (v.status() == ItemStatus.FORGOTTEN) {
            return IntentState.disabled(I18n.get("volumes.reason.forgotten"));
        }
        if (!v.status().inEffect()) {
            return IntentState.disabled(I18n.get("volumes.reason.notProcessed"));
        }
        return switch (intent) {
            case UPDATE -> IntentState.enabled(I18n.format("volumes.effect.update", v.followers(), v.pinnedBy()));
            case PIN_CID -> IntentState.enabled(I18n.get("volumes.effect.pinCid"));
            case ROLL_BACK -> v.revisions() < 2
                    ? IntentState.disabled(I18n.get("volumes.reason.rollBackNoRevision"))
                    : IntentState.enabled(I18n.format("volumes.effect.rollBack", v.followers(), v.pinnedBy()));
            case FORGET -> forget(v);
        };
    }

    private static IntentState forget(VolumeRow v) {
        if (!v.forgetBlockers().isEmpty()) {
            return IntentState.disabled(I18n.format("volumes.reason.forgetBlockedBy", v.forgetBlockers().size(),
                    String.join(", ", v.forgetBlockers())));
        }
        if (v.users() > 0) {
            return IntentState.disabled(I18n.format("volumes.reason.forgetInUse", v.users()));
        }
        return IntentState.enabled(I18n.get("volumes.effect.forget"));
    }
}
