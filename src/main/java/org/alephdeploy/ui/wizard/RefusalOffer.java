package org.alephdeploy.ui.wizard;

import org.alephdeploy.deploy.plan.Intent;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.ui.fx.I18n;

/**
 * How the review presents a refusal. One that offers another way (a locked program re-created,
 * an amend instead of a revision) is a question, not an error: a neutral headline asking whether
 * to continue that way, the planner's reason under it, and a button that opens the other way's
 * wizard with the input carried over. Only a refusal with no way round is said as "the network
 * would not accept this". Pure.
 *
 * @param offers   whether there is another way (style it as an offer, not as an error)
 * @param headline one sentence: the question, or what cannot be done
 * @param reason   the planner's reason (what happened, why, what to do)
 * @param button   the text of the button that opens the other way, or null when there is none
 */
public record RefusalOffer(boolean offers, String headline, String reason, String button) {
    /** The style class of the box that shows a refusal: {@code wizard-offer} or {@code wizard-refusal}. */
    public String styleClass() {
        return offers ? "wizard-offer" : "wizard-refusal";
    }

    /** How to present {@code refusal} of an intent on {@code targetName} (a program's or volume's name; may be empty). */
    public static RefusalOffer of(Refusal refusal, String targetName) {
        Intent alternative = refusal.alternative();
        if (alternative == null) {
            return new RefusalOffer(false, I18n.get("wizard.refusal.impossible"), refusal.reason(), null);
        }
        String name = targetName == null || targetName.isBlank() ? I18n.get("wizard.refusal.thisProgram") : targetName;
        String words = refusal.alternativeWords() == null ? alternative.words() : refusal.alternativeWords();
        if (alternative instanceof Intent.Recreate r && r.deleteFirst()) {
            return new RefusalOffer(true, I18n.format("wizard.refusal.deleteFirst", name), refusal.reason(),
                    I18n.get("wizard.refusal.deleteFirstButton"));
        }
        if (alternative instanceof Intent.Recreate && refusal.intent() instanceof Intent.UpdateCode) {
            return new RefusalOffer(true, I18n.format("wizard.refusal.recreateForCode", name), refusal.reason(),
                    I18n.get("wizard.refusal.recreateButton"));
        }
        if (alternative instanceof Intent.Recreate && refusal.intent() instanceof Intent.ChangeSettings) {
            return new RefusalOffer(true, I18n.format("wizard.refusal.recreateForSettings", name), refusal.reason(),
                    I18n.get("wizard.refusal.recreateButton"));
        }
        return new RefusalOffer(true, I18n.format("wizard.refusal.otherWay", words), refusal.reason(),
                I18n.format("wizard.review.alternative", words));
    }
}
