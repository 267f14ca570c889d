package org.alephdeploy.ui.volumes;

import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.alephdeploy.ui.model.ItemStatus;

/** Which volume intents the selection allows, and why not. The planner has the final word. */
public final class VolumeIntentRules {
    private VolumeIntentRules() {
    }

    public static IntentState of(VolumeIntent intent, VolumeRow v) {
        if (v == null) {
            return IntentState.disabled(I18n.get("volumes.reason.noSelection"));
        }
        if (!v.owned()) {
            return IntentState.disabled(I18n.format("volumes.reason.notOwned", v.owner()));
        }
        if (v.status() == ItemStatus.FORGOTTEN) {
            return IntentState.disabled(I18n.get("volumes.reason.forgotten"));
        }
        if (v.status() != ItemStatus.PROCESSED) {
            return IntentState.disabled(I18n.get("volumes.reason.notProcessed"));
        }
        return switch (intent) {
            case UPDATE -> IntentState.enabled(I18n.format("volumes.effect.update", v.followers(), v.pinnedBy()));
            case PIN_CID -> IntentState.enabled(I18n.get("volumes.effect.pinCid"));
            case ROLL_BACK -> v.revisions() < 2
                    ? IntentState.disabled(I18n.get("volumes.reason.rollBackNoRevision"))
                    : IntentState.enabled(I18n.format("volumes.effect.rollBack", v.followers(), v.pinnedBy()));
            case FORGET -> v.users() > 0
                    ? IntentState.disabled(I18n.format("volumes.reason.forgetInUse", v.users()))
                    : IntentState.enabled(I18n.get("volumes.effect.forget"));
        };
    }
}
