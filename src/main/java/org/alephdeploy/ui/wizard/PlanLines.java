package org.alephdeploy.ui.wizard;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.alephdeploy.deploy.plan.CostEstimate;
import org.alephdeploy.deploy.plan.Effect;
import org.alephdeploy.deploy.plan.FollowUp;
import org.alephdeploy.deploy.plan.Step;
import org.alephdeploy.deploy.plan.Warning;
import org.alephdeploy.ui.fx.I18n;

/** The lines of the review page for a plan's steps, effects, warnings, cost and follow-ups. */
final class PlanLines {
    private PlanLines() {
    }

    static Node step(Step s) {
        Label number = new Label((s.index() + 1) + ".");
        number.getStyleClass().add("text-muted");
        number.setMinWidth(24);
        Label words = new Label(s.words());
        words.setWrapText(true);
        HBox line = new HBox(4, number, words);
        line.getStyleClass().add("review-step");
        return line;
    }

    static Node effect(Effect e) {
        Label l = line(I18n.format("wizard.review.effect", e.words()));
        switch (e.kind()) {
            case HASH_KEPT, PICKS_UP, KEPT -> l.getStyleClass().add("wizard-line-kept");
            case HASH_NEW, STAYS_PINNED, FORGOTTEN, LOCK -> l.getStyleClass().add("wizard-line-new");
            default -> { }
        }
        l.getStyleClass().add("effect-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return l;
    }

    static Node warning(Warning w) {
        Label l = line(I18n.format("wizard.review.warning", w.words()));
        l.getStyleClass().add("wizard-line-warning");
        return l;
    }

    static Node followUp(FollowUp f) {
        return line(I18n.format("wizard.review.followUp", f.words()));
    }

    static String cost(CostEstimate c) {
        String payment = c.paymentType() == null ? I18n.get("wizard.review.noPayment") : c.paymentType();
        return I18n.format(c.affordable() ? "wizard.review.cost" : "wizard.review.costUnaffordable", payment, c.words());
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
