package org.alephdeploy.ui.programs;

import org.alephdeploy.deploy.inventory.UpdatePath;
import org.alephdeploy.ui.fx.I18n;
import org.alephdeploy.ui.model.IntentState;
import org.alephdeploy.ui.model.ItemStatus;

/**
 * Which intents the selected program allows, and why not, from the inventory's mutability on
 * both axes (PRODUCT.md, "The two axes"): how new code and new settings can reach it, who may
 * sign, whether the account has a key at all, and whether the listed message verifies. The
 * planner has the final word in the wizard.
 */
public final class ProgramIntentRules {
    private ProgramIntentRules() {
    }

    public static IntentState of(ProgramIntent intent, ProgramRow p) {
        if (p == null) {
            return IntentState.disabled(I18n.get("programs.reason.noSelection"));
        }
        if (!p.verifies()) {
            return IntentState.disabled(I18n.format("programs.reason.doesNotVerify", p.verifyWords()));
        }
        if (p.watchOnly()) {
            return IntentState.disabled(I18n.get("programs.reason.watchOnly"));
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
            case CHANGE_SETTINGS -> switch (p.settingsPath()) {
                case AMEND -> IntentState.enabled(I18n.get("programs.effect.changeSettingsAmend"));
                case RECREATE -> IntentState.enabled(I18n.get("programs.effect.changeSettingsRecreate"));
                case NONE, REVISION -> IntentState.disabled(I18n.format("programs.reason.cannotSign", p.owner()));
            };
            case DELETE -> IntentState.enabled(I18n.get("programs.effect.delete"));
            case RECREATE -> p.settingsPath() == UpdatePath.NONE
                    ? IntentState.disabled(I18n.format("programs.reason.cannotSign", p.owner()))
                    : IntentState.enabled(I18n.get("programs.effect.recreate"));
            case ROLL_BACK -> rollBack(p);
        };
    }

    private static IntentState updateCode(ProgramRow p) {
        return switch (p.codePath()) {
            case REVISION -> IntentState.enabled(I18n.get("programs.effect.updateCodeRevision"));
            case AMEND -> IntentState.enabled(I18n.get("programs.effect.updateCodeAmend"));
            case RECREATE -> IntentState.enabled(I18n.get("programs.effect.updateCodeRecreate"));
            case NONE -> IntentState.disabled(p.code().words() != null ? p.code().words()
                    : I18n.format("programs.reason.cannotSign", p.owner()));
        };
    }

    private static IntentState rollBack(ProgramRow p) {
        if (p.codePath() != UpdatePath.REVISION) {
            return IntentState.disabled(I18n.get(p.allowAmend()
                    ? "programs.reason.rollBackPinned" : "programs.reason.rollBackLockedPinned"));
        }
        if (p.codeRevisions() < 2) {
            return IntentState.disabled(I18n.get("programs.reason.rollBackNoRevision"));
        }
        return IntentState.enabled(I18n.get("programs.effect.rollBack"));
    }
}
