package org.alephdeploy.ui.programs;

import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * Which intents the selected program allows, and why not, on both lock axes (PRODUCT.md, "The
 * two axes"). A first cut for the buttons; the planner has the final word when a wizard plans.
 */
public final class ProgramIntentRules {
    private ProgramIntentRules() {
    }

    public static IntentState of(ProgramIntent intent, ProgramRow p) {
        if (p == null) {
            return IntentState.disabled(I18n.get("programs.reason.noSelection"));
        }
        if (!p.owned()) {
            return IntentState.disabled(I18n.format("programs.reason.notOwned", p.owner()));
        }
        if (p.status() == ItemStatus.FORGOTTEN) {
            return intent == ProgramIntent.RECREATE
                    ? IntentState.enabled(I18n.get("programs.effect.recreateForgotten"))
                    : IntentState.disabled(I18n.get("programs.reason.forgotten"));
        }
        if (p.status() == ItemStatus.PENDING) {
            return IntentState.disabled(I18n.get("programs.reason.pending"));
        }
        if (p.status() == ItemStatus.REJECTED) {
            return IntentState.disabled(I18n.get("programs.reason.rejected"));
        }
        return switch (intent) {
            case UPDATE_CODE -> updateCode(p);
            case CHANGE_SETTINGS -> IntentState.enabled(I18n.get(p.allowAmend()
                    ? "programs.effect.changeSettingsAmend" : "programs.effect.changeSettingsRecreate"));
            case DELETE -> IntentState.enabled(I18n.get("programs.effect.delete"));
            case RECREATE -> IntentState.enabled(I18n.get("programs.effect.recreate"));
            case ROLL_BACK -> rollBack(p);
        };
    }

    private static IntentState updateCode(ProgramRow p) {
        if (p.code().followsLatest()) {
            return IntentState.enabled(I18n.get("programs.effect.updateCodeRevision"));
        }
        return IntentState.enabled(I18n.get(p.allowAmend()
                ? "programs.effect.updateCodeAmend" : "programs.effect.updateCodeRecreate"));
    }

    private static IntentState rollBack(ProgramRow p) {
        if (p.code().pinned()) {
            return IntentState.disabled(I18n.get(p.allowAmend()
                    ? "programs.reason.rollBackPinned" : "programs.reason.rollBackLockedPinned"));
        }
        if (p.codeRevisions() < 2) {
            return IntentState.disabled(I18n.get("programs.reason.rollBackNoRevision"));
        }
        return IntentState.enabled(I18n.get("programs.effect.rollBack"));
    }
}
