package org.alephdeploy.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alephdeploy.deploy.plan.Refusal;
import org.alephdeploy.deploy.rehearse.CopySummary;
import org.alephdeploy.service.rehearse.Rehearsal;
import org.alephdeploy.ui.fx.I18n;

/**
 * A finished rehearsal as the review page tells it: the heading that says nothing was sent to
 * the real network, what was copied, how the run on the copy ended, and whether it ended done and
 * verified.
 */
public record RehearsalReport(String heading, List<String> lines, boolean doneAndVerified, String source) {
    public RehearsalReport {
        lines = List.copyOf(lines);
    }

    static RehearsalReport of(Rehearsal.Outcome outcome, String source) {
        List<String> lines = new ArrayList<>();
        CopySummary copy = outcome.copy();
        lines.add(I18n.format("wizard.review.rehearsalCopied", copy.messages(), copy.files(), source,
                String.format(Locale.ROOT, "%.1f", copy.millis() / 1000.0)));
        if (outcome.run() != null) {
            lines.add(outcome.run().words());
            lines.add(outcome.doneAndVerified() ? I18n.get("wizard.review.rehearsalVerified")
                    : I18n.get("wizard.review.rehearsalNotVerified"));
        } else if (outcome.plan() instanceof Refusal r) {
            lines.add(I18n.format("wizard.review.rehearsalRefused", r.reason()));
        } else {
            lines.add(I18n.get("wizard.review.rehearsalUnaffordable"));
        }
        return new RehearsalReport(I18n.format("wizard.review.rehearsalHeading", source), lines, outcome.doneAndVerified(), source);
    }
}
